package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of the {@code trainer-certification} process with its delegates replaced by recorders:
 * declined, the full way to an authorisation (with and without a trainer exam), a failed panel retried
 * from co-delivery and from the observed delivery, tries exhausted, withdrawn at each kind of wait state,
 * a re-authorisation starting at the observed delivery, and messages reaching only their own candidacy.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/trainer-certification.bpmn")
class TrainerCertificationProcessTest {

    ProcessEngine processEngine;

    /** Delegate calls in order; moves are recorded as "move:STEP". */
    private final List<String> calls = new ArrayList<>();
    private boolean trainerExamRequired = true;
    private int maxTries = 3;
    private int triesUsed;

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        register("moveCandidacyDelegate", execution -> calls.add("move:" + execution.getVariable("step")));
        register("trainerExamRequiredDelegate", execution -> {
            execution.setVariable("trainerExamRequired", trainerExamRequired);
            calls.add("trainerExamRequired");
        });
        register("useTryDelegate", execution -> {
            triesUsed++;
            execution.setVariable("triesLeft", triesUsed < maxTries);
            calls.add("useTry");
        });
        register("authoriseCandidacyDelegate", execution -> calls.add("authorise"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void aDeclinedNominationEndsTheProcess() {
        var instance = start(1L, "INITIAL");
        assertThat(instance).hasBusinessKey("1").isWaitingAtExactly("decideNomination");
        assertThat(taskService().createTaskQuery().taskCandidateGroup("VENDOR_ADMIN").count()).isOne();

        decide(instance, false);

        assertThat(instance).isEnded().hasPassed("Declined");
        assertThat(calls).isEmpty();
    }

    @Test
    void theWholeWayFromNominationToAuthorisation() {
        var instance = start(2L, "INITIAL");
        decide(instance, true);
        assertThat(instance).isWaitingAtExactly("LiveTrainingDone");

        send("TrainerLiveTrainingDone", "2");
        assertThat(instance).isWaitingAtExactly("TrainerExamPassed");
        send("TrainerExamPassed", "2");
        assertThat(instance).isWaitingAtExactly("ShadowingDone");
        send("TrainerShadowingDone", "2");
        assertThat(instance).isWaitingAtExactly("CoDeliveryDone");
        send("TrainerCoDeliveryDone", "2");
        assertThat(instance).isWaitingAtExactly("PanelDecided");
        panel("2", true, null);

        // Authorising is asynchronous: never in the panel's transaction.
        assertThat(instance).isWaitingAtExactly("Authorise");
        EngineClock.runDueJobs();

        assertThat(instance).isEnded().hasPassed("Authorised");
        assertThat(calls).containsExactly("trainerExamRequired", "move:TRAINER_EXAM", "move:SHADOWING",
                "move:CO_DELIVERY", "move:OBSERVED_DELIVERY", "authorise");
    }

    @Test
    void noTrainerExamInTheStandardGoesStraightToShadowing() {
        trainerExamRequired = false;
        var instance = start(3L, "INITIAL");
        decide(instance, true);

        send("TrainerLiveTrainingDone", "3");

        assertThat(instance).isWaitingAtExactly("ShadowingDone").hasNotPassed("TrainerExamPassed");
        assertThat(calls).containsExactly("trainerExamRequired", "move:SHADOWING");
    }

    @Test
    void aFailedPanelSendsTheCandidateBackToCoDelivery() {
        var instance = atPanel(4L);

        panel("4", false, "CO_DELIVERY");

        assertThat(instance).isWaitingAtExactly("CoDeliveryDone");
        assertThat(calls).endsWith("move:OBSERVED_DELIVERY", "useTry", "move:CO_DELIVERY");
        send("TrainerCoDeliveryDone", "4");
        panel("4", true, null);
        EngineClock.runDueJobs();
        assertThat(instance).isEnded().hasPassed("Authorised");
    }

    @Test
    void aFailedPanelSendsTheCandidateBackToTheObservedDelivery() {
        var instance = atPanel(5L);

        panel("5", false, "OBSERVED_DELIVERY");

        assertThat(instance).isWaitingAtExactly("PanelDecided");
        assertThat(calls).endsWith("useTry", "move:OBSERVED_DELIVERY");
        assertThat(calls).filteredOn("move:CO_DELIVERY"::equals).hasSize(1);
    }

    @Test
    void aFailedPanelWithoutRetryFromRetriesTheObservedDelivery() {
        var instance = atPanel(6L);

        panel("6", false, null);

        assertThat(instance).isWaitingAtExactly("PanelDecided");
    }

    @Test
    void theCandidacyFailsWhenEveryTryIsUsed() {
        maxTries = 2;
        var instance = atPanel(7L);

        panel("7", false, "CO_DELIVERY");
        send("TrainerCoDeliveryDone", "7");
        panel("7", false, "OBSERVED_DELIVERY");

        assertThat(instance).isEnded().hasPassed("MoveToFailed", "Failed").hasNotPassed("Authorise");
        assertThat(calls).endsWith("useTry", "move:FAILED");
        assertThat(triesUsed).isEqualTo(2);
    }

    @Test
    void withdrawnWhileAwaitingTheVendorsDecision() {
        var instance = start(8L, "INITIAL");

        withdraw("8");

        assertThat(instance).isEnded().hasPassed("Withdrawn");
        assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void withdrawnAtEachWaitStateEndsTheProcess() {
        var atLive = start(9L, "INITIAL");
        decide(atLive, true);
        withdraw("9");
        assertThat(atLive).isEnded().hasPassed("Withdrawn");

        var atCoDelivery = start(10L, "INITIAL");
        decide(atCoDelivery, true);
        send("TrainerLiveTrainingDone", "10");
        send("TrainerExamPassed", "10");
        send("TrainerShadowingDone", "10");
        withdraw("10");
        assertThat(atCoDelivery).isEnded().hasPassed("Withdrawn").hasNotPassed("JoinObserved");

        var atPanel = atPanel(11L);
        withdraw("11");
        assertThat(atPanel).isEnded().hasPassed("Withdrawn").hasNotPassed("Authorise");
    }

    @Test
    void aReauthorisationStartsAtTheObservedDelivery() {
        var instance = start(12L, "REAUTHORISATION");

        assertThat(instance).isWaitingAtExactly("PanelDecided").hasNotPassed("decideNomination", "LiveTrainingDone");
        assertThat(calls).containsExactly("move:OBSERVED_DELIVERY");

        panel("12", true, null);
        EngineClock.runDueJobs();
        assertThat(instance).isEnded().hasPassed("Authorised");
    }

    @Test
    void aMessageReachesOnlyItsOwnCandidacy() {
        var first = start(13L, "INITIAL");
        var second = start(14L, "INITIAL");
        decide(first, true);
        decide(second, true);

        send("TrainerLiveTrainingDone", "13");

        assertThat(first).isWaitingAtExactly("TrainerExamPassed");
        assertThat(second).isWaitingAtExactly("LiveTrainingDone");
    }

    private ProcessInstance atPanel(long id) {
        var key = String.valueOf(id);
        var instance = start(id, "INITIAL");
        decide(instance, true);
        send("TrainerLiveTrainingDone", key);
        send("TrainerExamPassed", key);
        send("TrainerShadowingDone", key);
        send("TrainerCoDeliveryDone", key);
        assertThat(instance).isWaitingAtExactly("PanelDecided");
        return instance;
    }

    private static ProcessInstance start(long candidacyId, String kind) {
        return runtimeService().startProcessInstanceByKey("trainer-certification", String.valueOf(candidacyId),
                Variables.createVariables().putValue("candidacyId", candidacyId).putValue("kind", kind));
    }

    private static void decide(ProcessInstance instance, boolean accepted) {
        var task = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("decideNomination").singleResult();
        taskService().complete(task.getId(), Map.of("accepted", accepted));
    }

    private static void send(String message, String businessKey) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlateWithResult();
    }

    private static void panel(String businessKey, boolean passed, String retryFrom) {
        runtimeService().createMessageCorrelation("TrainerPanelDecided").processInstanceBusinessKey(businessKey)
                .setVariable("passed", passed).setVariable("retryFrom", retryFrom).correlateWithResult();
    }

    private static void withdraw(String businessKey) {
        runtimeService().createMessageCorrelation("TrainerCandidacyWithdrawn").processInstanceBusinessKey(businessKey)
                .correlateWithResult();
    }

    private void register(String name, Consumer<DelegateExecution> behaviour) {
        Mocks.register(name, (JavaDelegate) behaviour::accept);
    }
}
