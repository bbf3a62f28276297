package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.partneracademy.enrollment.LearningCompleted;
import org.partneracademy.enrollment.LearningSteps;

/**
 * Tells the certification side that an enrollment completed: the CDI event {@link LearningCompleted}
 * for in-application observers, and the BPMN message "LearningCompleted" correlated to every process
 * waiting for it (with learnerId, courseId and enrollmentId), so a certification process can wait for it.
 */
@ApplicationScoped
public class CompletionReport {

    static final String LEARNING_COMPLETED = "LearningCompleted";

    @Inject
    LearningSteps learning;

    @Inject
    Event<LearningCompleted> learningCompleted;

    @Inject
    RuntimeService runtimeService;

    public void report(long enrollmentId) {
        var completed = learning.completion(enrollmentId);
        learningCompleted.fire(completed);
        runtimeService.createMessageCorrelation(LEARNING_COMPLETED)
                .setVariable("learnerId", completed.learnerId())
                .setVariable("courseId", completed.courseId())
                .setVariable("enrollmentId", completed.enrollmentId())
                .correlateAllWithResult();
    }
}
