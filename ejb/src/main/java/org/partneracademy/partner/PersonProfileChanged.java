package org.partneracademy.partner;

/**
 * Fired inside the transaction that changes what assignment rules look at for one person: their
 * position or their locations. A change to the partner itself is {@link PartnerProfileChanged}.
 */
public record PersonProfileChanged(long personId) {
}
