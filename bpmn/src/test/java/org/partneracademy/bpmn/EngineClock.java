package org.partneracademy.bpmn;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Time for process tests: moves the engine's clock and runs what fell due, as the job executor would
 * (including jobs those jobs create), so timer paths are walked without waiting.
 */
final class EngineClock {

    private static final int MAX_ROUNDS = 50;

    private EngineClock() {
    }

    static void advance(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
        runDueJobs();
    }

    static void runDueJobs() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            var due = managementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming");
    }
}
