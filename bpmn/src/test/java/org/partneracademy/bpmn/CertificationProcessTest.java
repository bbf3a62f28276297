package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Every path of the {@code certification} process with its delegates replaced by recorders, moving the
 * engine clock through the timers: requirements met one by one, certified for good, window opens,
 * recertified in the window, expired, recertified in grace, lapsed (original path again), revoked at
 * each wait state, and messages reaching only their own certification.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/certification.bpmn")
class CertificationProcessTest {

    private static final String MESSAGE = "CertificationRequirementMet";
    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(300);
    private static final Duration VALIDITY = Duration.ofDays(365);
    private static final Duration GRACE = Duration.ofDays(395);

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private boolean earned;
    private boolean expires = true;

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        register("evaluateRequirementsDelegate", execution -> execution.setVariable("earned", earned));
        register("issueCertificateDelegate", execution -> {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            execution.setVariable("expires", expires);
            execution.setVariable("windowOpensAt", expires ? Date.from(now.plus(WINDOW)) : null);
            execution.setVariable("expiresAt", expires ? Date.from(now.plus(VALIDITY)) : null);
            execution.setVariable("graceEndsAt", expires ? Date.from(now.plus(GRACE)) : null);
        });
        register("openWindowDelegate", execution -> { });
        register("expireCertificationDelegate", execution -> { });
        register("lapseCertificationDelegate", execution -> { });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void requirementsMetOneByOneThenCertifiedForGoodWithoutValidity() {
        expires = false;
        var instance = start(1L);
        EngineClock.runDueJobs();
        assertThat(instance).hasBusinessKey("1").isWaitingAtExactly("RequirementMet");

        meetRequirement("1");
        assertThat(instance).isWaitingAtExactly("RequirementMet");

        earned = true;
        meetRequirement("1");

        assertThat(instance).isEnded().hasPassed("IssueCertificate", "CertifiedForGood");
        assertThat(calls).containsExactly("evaluateRequirementsDelegate", "evaluateRequirementsDelegate",
                "evaluateRequirementsDelegate", "issueCertificateDelegate");
    }

    @Test
    void workDoneBeforeTheAssignmentCertifiesAtOnceAndTheWindowOpensOnItsDate() {
        earned = true;
        var instance = start(2L);
        EngineClock.runDueJobs();
        assertThat(instance).isWaitingAtExactly("WindowOpens");

        EngineClock.advance(WINDOW.minusDays(1));
        assertThat(instance).isWaitingAtExactly("WindowOpens");
        EngineClock.advance(Duration.ofDays(2));

        assertThat(calls).containsExactly("evaluateRequirementsDelegate", "issueCertificateDelegate", "openWindowDelegate");
        assertThat(instance).isWaitingAtExactly("InWindow");
    }

    @Test
    void recertifiedInTheWindowStartsTheNextCycleWithNewTimers() {
        earned = true;
        var instance = certifiedAndInWindow(3L);

        earned = false;
        meetRequirement("3");
        assertThat(instance).isWaitingAtExactly("InWindow");
        earned = true;
        meetRequirement("3");

        assertThat(instance).isWaitingAtExactly("WindowOpens");
        assertThat(calls.stream().filter("issueCertificateDelegate"::equals)).hasSize(2);
        assertThat(calls).doesNotContain("expireCertificationDelegate");
        // The new window timer follows the new certificate's dates, not the old ones.
        var timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isAfter(Date.from(NOW.plus(VALIDITY)));
    }

    @Test
    void expiresAtExpiryAndIsRecertifiedInGrace() {
        earned = true;
        var instance = certifiedAndInWindow(4L);

        EngineClock.advance(VALIDITY.minus(WINDOW));
        assertThat(calls).contains("expireCertificationDelegate");
        assertThat(instance).isWaitingAtExactly("InGrace");

        meetRequirement("4");

        assertThat(instance).isWaitingAtExactly("WindowOpens").hasPassed("EvaluateInGrace", "RecertifiedInGrace");
        assertThat(calls).doesNotContain("lapseCertificationDelegate");
    }

    @Test
    void lapsesWhenTheGraceEndsAndStartsOverOnTheOriginalPath() {
        earned = true;
        var instance = certifiedAndInWindow(5L);
        EngineClock.advance(VALIDITY.minus(WINDOW));
        earned = false;

        EngineClock.advance(GRACE.minus(VALIDITY));

        assertThat(calls).containsSubsequence("expireCertificationDelegate", "lapseCertificationDelegate",
                "evaluateRequirementsDelegate");
        assertThat(instance).isWaitingAtExactly("RequirementMet");
        earned = true;
        meetRequirement("5");
        assertThat(instance).isWaitingAtExactly("WindowOpens");
    }

    @Test
    void revokedWhileWorkingOnRequirementsEndsTheProcess() {
        var instance = start(6L);
        EngineClock.runDueJobs();

        revoke("6");

        assertThat(instance).isEnded().hasPassed("Revoked");
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void revokedWhileCertifiedEndsTheProcessAndItsTimers() {
        earned = true;
        var instance = start(7L);
        EngineClock.runDueJobs();

        revoke("7");

        assertThat(instance).isEnded().hasPassed("Revoked");
        EngineClock.advance(GRACE.plusDays(1));
        assertThat(calls).doesNotContain("openWindowDelegate", "expireCertificationDelegate", "lapseCertificationDelegate");
    }

    @Test
    void revokedInGraceEndsTheProcess() {
        earned = true;
        var instance = certifiedAndInWindow(8L);
        EngineClock.advance(VALIDITY.minus(WINDOW));

        revoke("8");

        assertThat(instance).isEnded().hasPassed("Expire", "Revoked").hasNotPassed("Lapse");
    }

    @Test
    void aRequirementMetReachesOnlyItsOwnCertification() {
        var first = start(9L);
        var second = start(10L);
        EngineClock.runDueJobs();
        earned = true;

        meetRequirement("9");

        assertThat(first).isWaitingAtExactly("WindowOpens");
        assertThat(second).isWaitingAtExactly("RequirementMet");
    }

    private ProcessInstance certifiedAndInWindow(long id) {
        var instance = start(id);
        EngineClock.runDueJobs();
        EngineClock.advance(WINDOW.plusHours(1));
        assertThat(instance).isWaitingAtExactly("InWindow");
        return instance;
    }

    private static ProcessInstance start(long certificationId) {
        return runtimeService().startProcessInstanceByKey("certification", String.valueOf(certificationId),
                Variables.createVariables().putValue("certificationId", certificationId));
    }

    private void meetRequirement(String businessKey) {
        runtimeService().createMessageCorrelation(MESSAGE).processInstanceBusinessKey(businessKey).correlateWithResult();
        EngineClock.runDueJobs();
    }

    private static void revoke(String businessKey) {
        runtimeService().createMessageCorrelation("CertificationRevoked").processInstanceBusinessKey(businessKey)
                .correlateWithResult();
    }

    private void register(String name, Consumer<DelegateExecution> behaviour) {
        DelegateRecorder.register(name, behaviour, calls);
    }
}
