package org.partneracademy.enrollment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approver's answer to an enrollment request, with an optional note for the learner. */
public record ApprovalDecision(@NotNull(message = "say APPROVE or REJECT") Decision decision,
        @Size(max = 400) String note) {

    public enum Decision {
        APPROVE, REJECT
    }
}
