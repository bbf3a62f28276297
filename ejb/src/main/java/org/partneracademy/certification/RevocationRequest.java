package org.partneracademy.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a vendor admin revokes a certification; kept on the certificate and in the history. */
public record RevocationRequest(@NotBlank @Size(max = 1000) String reason) {
}
