package org.partneracademy.objective;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.partner.Position;

class ObjectiveRulesTest {

    private static final List<ObjectiveCounts.Tier> TIERS = List.of(new ObjectiveCounts.Tier("Registered", 1),
            new ObjectiveCounts.Tier("Silver", 2), new ObjectiveCounts.Tier("Gold", 3), new ObjectiveCounts.Tier("Platinum", 4));

    @Test
    void anObjectiveIsUnmetBelowTheCountAtRiskWhenExpiriesWouldBreakItMetOtherwise() {
        assertThat(ObjectiveState.of(2, 1, 0)).isEqualTo(ObjectiveState.UNMET);
        assertThat(ObjectiveState.of(2, 2, 1)).isEqualTo(ObjectiveState.AT_RISK);
        assertThat(ObjectiveState.of(2, 3, 1)).isEqualTo(ObjectiveState.MET);
        assertThat(ObjectiveState.of(2, 2, 0)).isEqualTo(ObjectiveState.MET);
        assertThat(ObjectiveState.AT_RISK.isMetNow()).isTrue();
        assertThat(ObjectiveState.UNMET.isMetNow()).isFalse();
    }

    @Test
    void aSilverPartnerMeetingGoldsObjectivesQualifiesForGoldButNotForPlatinumWhichAsksForNothing() {
        var silver = new ObjectiveCounts.PartnerRef(1, "P", "Silver");
        assertThat(ObjectiveCounts.qualifiedTier(silver, List.of(tierRow("Gold", 2, 2, 1)), TIERS)).isEqualTo("Gold");
        assertThat(ObjectiveCounts.qualifiedTier(silver, List.of(tierRow("Gold", 2, 1, 0)), TIERS)).isEqualTo("Silver");
        assertThat(ObjectiveCounts.qualifiedTier(silver, List.of(), TIERS)).isEqualTo("Silver");
    }

    @Test
    void aGoldPartnerMissingGoldsObjectivesQualifiesForTheHighestTierBelowThatItMeets() {
        var gold = new ObjectiveCounts.PartnerRef(1, "P", "Gold");
        assertThat(ObjectiveCounts.qualifiedTier(gold, List.of(tierRow("Gold", 2, 1, 0)), TIERS)).isEqualTo("Silver");
        assertThat(ObjectiveCounts.qualifiedTier(gold, List.of(tierRow("Gold", 2, 1, 0), tierRow("Silver", 1, 0, 0)), TIERS))
                .isEqualTo("Registered");
        var platinum = new ObjectiveCounts.PartnerRef(1, "P", "Platinum");
        assertThat(ObjectiveCounts.qualifiedTier(platinum, List.of(tierRow("Gold", 2, 1, 0)), TIERS)).isEqualTo("Platinum");
    }

    private static ObjectiveCounts.Row tierRow(String tier, int required, int certified, int expiring) {
        return new ObjectiveCounts.Row(1, new ObjectiveStatus(1, tier, 1, "Cert", Position.SALES_REP, required, certified,
                expiring, null, ObjectiveState.of(required, certified, expiring)), false);
    }
}
