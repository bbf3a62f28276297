package org.partneracademy.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A vendor admin's note confirming a requirement (a performance figure) as met. */
public record ConfirmationRequest(@NotBlank @Size(max = 200) String note) {
}
