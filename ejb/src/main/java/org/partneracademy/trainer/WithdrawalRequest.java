package org.partneracademy.trainer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a candidacy is withdrawn. */
public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
}
