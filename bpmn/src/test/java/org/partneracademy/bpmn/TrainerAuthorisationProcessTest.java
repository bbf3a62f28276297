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
 * Every path of the {@code trainer-authorisation} process with its delegates replaced by recorders,
 * moving the engine clock through the timers: renewed by deliveries (and again), not renewed → a new
 * observed delivery is asked for → expired, revoked or superseded at each wait state, and the end
 * message reaching only its own authorisation.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/trainer-authorisation.bpmn")
class TrainerAuthorisationProcessTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(730);
    private static final Duration CHECK_BEFORE = Duration.ofDays(60);
    private static final String ENDED = "TrainerAuthorisationEnded";

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private boolean enoughDeliveries;

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        register("checkAuthorisationRenewalDelegate", execution -> {
            execution.setVariable("renewed", enoughDeliveries);
            if (enoughDeliveries) {
                var expiry = ((Date) execution.getVariable("expiresAt")).toInstant().plus(VALIDITY);
                execution.setVariable("expiresAt", Date.from(expiry));
                execution.setVariable("renewalCheckAt", Date.from(expiry.minus(CHECK_BEFORE)));
            }
        });
        register("authorisationReauthorisationDelegate", execution -> { });
        register("expireAuthorisationDelegate", execution -> { });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void waitsForTheRenewalCheckSixtyDaysBeforeTheExpiry() {
        var instance = start(1L);
        assertThat(instance).hasBusinessKey("1").isWaitingAtExactly("RenewalCheckDue");
        EngineClock.advance(VALIDITY.minus(CHECK_BEFORE).minusHours(1));
        assertThat(instance).isWaitingAtExactly("RenewalCheckDue");
        assertThat(calls).isEmpty();
    }

    @Test
    void enoughGoodDeliveriesRenewItAndTheNextCheckComesAValidityLater() {
        enoughDeliveries = true;
        var instance = start(2L);
        EngineClock.advance(VALIDITY.minus(CHECK_BEFORE).plusHours(1));
        assertThat(instance).isWaitingAtExactly("RenewalCheckDue");
        assertThat(calls).containsExactly("checkAuthorisationRenewalDelegate");

        EngineClock.advance(VALIDITY);
        assertThat(instance).isWaitingAtExactly("RenewalCheckDue");
        assertThat(calls).containsExactly("checkAuthorisationRenewalDelegate", "checkAuthorisationRenewalDelegate");
    }

    @Test
    void tooFewGoodDeliveriesAskForAReauthorisationThenItExpiresOnItsDate() {
        var instance = start(3L);
        EngineClock.advance(VALIDITY.minus(CHECK_BEFORE).plusHours(1));
        assertThat(instance).isWaitingAtExactly("ExpiryDue");
        assertThat(calls).containsExactly("checkAuthorisationRenewalDelegate", "authorisationReauthorisationDelegate");

        EngineClock.advance(CHECK_BEFORE);
        assertThat(instance).hasPassed("Expire").isEnded();
        assertThat(instance).hasPassedInOrder("CheckRenewal", "AskForReauthorisation", "Expire", "Expired");
        assertThat(calls).containsExactly("checkAuthorisationRenewalDelegate", "authorisationReauthorisationDelegate",
                "expireAuthorisationDelegate");
    }

    @Test
    void revokedBeforeTheRenewalCheckEndsTheProcessAndItsTimer() {
        var instance = start(4L);
        end("4");
        assertThat(instance).hasPassed("Ended").isEnded();
        EngineClock.advance(VALIDITY.plusDays(1));
        assertThat(calls).isEmpty();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void revokedOrSupersededWhileWaitingForTheExpiryEndsTheProcess() {
        var instance = start(5L);
        EngineClock.advance(VALIDITY.minus(CHECK_BEFORE).plusHours(1));
        assertThat(instance).isWaitingAtExactly("ExpiryDue");
        end("5");
        assertThat(instance).hasPassed("Ended").hasNotPassed("Expire").isEnded();
    }

    @Test
    void theEndMessageReachesOnlyItsOwnAuthorisation() {
        var first = start(6L);
        var second = start(7L);
        end("6");
        assertThat(first).isEnded();
        assertThat(second).isWaitingAtExactly("RenewalCheckDue");
    }

    private static ProcessInstance start(long authorisationId) {
        var expiresAt = NOW.plus(VALIDITY);
        return runtimeService().startProcessInstanceByKey("trainer-authorisation", String.valueOf(authorisationId),
                Variables.createVariables().putValue("authorisationId", authorisationId)
                        .putValue("renewalCheckAt", Date.from(expiresAt.minus(CHECK_BEFORE)))
                        .putValue("expiresAt", Date.from(expiresAt)));
    }

    private static void end(String businessKey) {
        runtimeService().createMessageCorrelation(ENDED).processInstanceBusinessKey(businessKey).correlateWithResult();
    }

    private void register(String name, Consumer<DelegateExecution> behaviour) {
        DelegateRecorder.register(name, behaviour, calls);
    }
}
