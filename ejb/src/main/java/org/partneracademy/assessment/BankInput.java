package org.partneracademy.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question bank's name (unique), its optional course and description. */
public record BankInput(@NotBlank @Size(max = 200) String name, Long courseId, @Size(max = 2000) String description) {
}
