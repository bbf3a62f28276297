package org.partneracademy.objective;

import java.util.List;

/**
 * A partner's objectives (its own and its tier's) with how it stands against each, and the tier its met
 * objectives qualify it for ({@code qualifiedTier}; equal to {@code tier} when no change is called for).
 */
public record PartnerObjectives(long partnerId, String partnerName, String tier, String qualifiedTier, int met,
        int atRisk, int unmet, List<ObjectiveStatus> objectives) {

    public PartnerObjectives {
        objectives = List.copyOf(objectives);
    }

    /** Every objective is met today (true for a partner without objectives). */
    public boolean meetsAll() {
        return unmet == 0;
    }
}
