package org.partneracademy.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a session is cancelled (POST /sessions/{id}/cancellation); the learners are told. */
public record SessionCancellation(@NotBlank @Size(max = 500) String reason) {
}
