package org.partneracademy.objective;

/** Where a tier proposal stands; only PROPOSED can be decided. */
public enum TierProposalStatus {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN
}
