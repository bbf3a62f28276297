package org.partneracademy.trainer;

/**
 * CDI event: the panel of an observed delivery reached its verdict (fired by the panel feature in the
 * transaction that records it). The candidacy feature observes it and tells the candidacy's process.
 *
 * @param passed every panel member's latest sign-off passed
 * @param retryFrom when failed, where the candidate goes back to: CO_DELIVERY or OBSERVED_DELIVERY
 */
public record PanelDecided(long observedDeliveryId, long candidacyId, boolean passed, String retryFrom) {
}
