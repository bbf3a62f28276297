package org.partneracademy.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Every partner's quota and reserved seats on a session (PUT /sessions/{id}/allocations replaces them all). */
public record SessionAllocations(@NotNull List<@NotNull @Valid PartnerAllocation> allocations) {
}
