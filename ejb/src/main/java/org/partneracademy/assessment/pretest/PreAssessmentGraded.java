package org.partneracademy.assessment.pretest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.partneracademy.assessment.AttemptGraded;

/**
 * Turns a graded pre-assessment into test-outs, in the grading transaction: the attempt's result and
 * the modules it lets the learner skip are committed together (or not at all).
 */
@ApplicationScoped
public class PreAssessmentGraded {

    static final String PRE_ASSESSMENT = "PRE_ASSESSMENT";

    @Inject
    PreAssessments preAssessments;

    void onGraded(@Observes AttemptGraded graded) {
        if (PRE_ASSESSMENT.equals(graded.examKind())) {
            preAssessments.recordTestOuts(graded.attemptId());
        }
    }
}
