package org.partneracademy.reporting.review.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The statement-review process's variables, typed. */
final class ProcessVariables {

    static final String STATEMENT_ID = "statementId";
    static final String REVIEW_DUE_AT = "reviewDueAt";

    private ProcessVariables() {
    }

    static long statementId(DelegateExecution execution) {
        return ((Number) execution.getVariable(STATEMENT_ID)).longValue();
    }
}
