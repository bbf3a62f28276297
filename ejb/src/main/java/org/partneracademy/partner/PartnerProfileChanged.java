package org.partneracademy.partner;

/** Fired inside the transaction that changes a partner's tier or type, which assignment rules may match. */
public record PartnerProfileChanged(long partnerId) {
}
