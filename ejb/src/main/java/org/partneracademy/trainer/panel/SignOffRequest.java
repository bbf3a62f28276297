package org.partneracademy.trainer.panel;

import java.util.List;

/**
 * A panel member's sign-off (or correction): a score 1..5 for every criterion of the rubric, comments
 * (required: the candidate learns from them), and, when failing, where to retry from (CO_DELIVERY or
 * OBSERVED_DELIVERY, the default).
 */
public record SignOffRequest(List<ScoreInput> scores, String comments, String retryFrom) {

    public record ScoreInput(Long criterionId, Integer score) {
    }
}
