package org.partneracademy.objective;

import java.time.Instant;

/** A tier proposal as pages and the API show it; decidedBy is the deciding vendor admin's user name. */
public record TierProposalView(long id, long partnerId, String partnerName, String currentTier, String proposedTier,
        String reason, TierProposalStatus status, Instant proposedAt, Instant decidedAt, String decidedBy) {

    static TierProposalView of(TierProposal proposal) {
        return new TierProposalView(proposal.getId(), proposal.getPartner().getId(), proposal.getPartner().getName(),
                proposal.getCurrentTier(), proposal.getProposedTier(), proposal.getReason(), proposal.getStatus(),
                proposal.getProposedAt(), proposal.getDecidedAt(),
                proposal.getDecidedBy() == null ? null : proposal.getDecidedBy().getUsername());
    }
}
