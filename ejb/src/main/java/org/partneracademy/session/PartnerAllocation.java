package org.partneracademy.session;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A partner's quota (null = no cap) and reserved seats on a session. */
public record PartnerAllocation(@NotNull Long partnerId, @Min(0) Integer quota, @Min(0) int reserved) {
}
