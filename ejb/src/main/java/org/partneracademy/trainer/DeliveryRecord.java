package org.partneracademy.trainer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A session the candidate shadowed or co-delivered, with an optional note. */
public record DeliveryRecord(@NotNull Long sessionId, @Size(max = 2000) String note) {
}
