package org.partneracademy.trainer.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a leader suspends, reinstates or revokes an authorisation; always required, kept in the audit trail. */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
