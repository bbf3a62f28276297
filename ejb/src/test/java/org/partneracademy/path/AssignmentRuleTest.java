package org.partneracademy.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RuleViolationException;

class AssignmentRuleTest {

    private static final Map<String, Integer> TIERS = Map.of("Registered", 1, "Silver", 2, "Gold", 3, "Platinum", 4);
    private static final RuleCondition SALES_REP = new RuleCondition(ConditionKind.POSITION, "SALES_REP");
    private static final RuleCondition GOLD_OR_ABOVE = new RuleCondition(ConditionKind.TIER_AT_LEAST, "Gold");

    private static PersonProfile person(String position, String tier, Set<Long> locations, Set<String> brands) {
        return new PersonProfile(position, "RESELLER", tier, locations, brands);
    }

    @Test
    void aRuleWithoutConditionsOrPathsIsRefused() {
        assertThatThrownBy(() -> new AssignmentRule("Everyone", Combinator.ALL, List.of(), Set.of(1L), Instant.now()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least one condition");
        assertThatThrownBy(() -> new AssignmentRule("Nothing", Combinator.ALL, List.of(SALES_REP), Set.of(), Instant.now()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least one path");
        assertThatThrownBy(() -> new AssignmentRule("Twice", Combinator.ANY, List.of(SALES_REP,
                new RuleCondition(ConditionKind.POSITION, "SALES_REP")), Set.of(1L), Instant.now()))
                .hasMessageContaining("twice");
    }

    @Test
    void tierAtLeastMatchesThatTierAndAbove() {
        assertThat(GOLD_OR_ABOVE.matches(person("SALES_REP", "Gold", Set.of(), Set.of()), TIERS)).isTrue();
        assertThat(GOLD_OR_ABOVE.matches(person("SALES_REP", "Platinum", Set.of(), Set.of()), TIERS)).isTrue();
        assertThat(GOLD_OR_ABOVE.matches(person("SALES_REP", "Silver", Set.of(), Set.of()), TIERS)).isFalse();
        assertThat(new RuleCondition(ConditionKind.TIER, "Gold").matches(person("X", "Platinum", Set.of(), Set.of()), TIERS)).isFalse();
    }

    @Test
    void brandAndLocationMatchAnyOfThePersonsLocations() {
        var twoLocations = person("SALES_REP", "Gold", Set.of(1L, 2L), Set.of("CLOUD"));

        assertThat(new RuleCondition(ConditionKind.LOCATION, "2").matches(twoLocations, TIERS)).isTrue();
        assertThat(new RuleCondition(ConditionKind.LOCATION, "3").matches(twoLocations, TIERS)).isFalse();
        assertThat(new RuleCondition(ConditionKind.BRAND, "CLOUD").matches(twoLocations, TIERS)).isTrue();
        assertThat(new RuleCondition(ConditionKind.BRAND, "EDGE").matches(twoLocations, TIERS)).isFalse();
    }

    @Test
    void theSqlCombinesConditionsAsTheRuleSaysWithValuesAsParameters() {
        var all = RuleSql.of(Combinator.ALL, List.of(SALES_REP, GOLD_OR_ABOVE, new RuleCondition(ConditionKind.LOCATION, "4")));
        assertThat(all.where()).startsWith(RuleSql.LEARNERS).contains("p.position = ? AND t.level >= ").doesNotContain("SALES_REP");
        assertThat(all.parameters()).containsExactly("SALES_REP", "Gold", 4L);

        var any = RuleSql.of(Combinator.ANY, List.of(SALES_REP, new RuleCondition(ConditionKind.BRAND, "x' OR 1=1 --")));
        assertThat(any.where()).contains("p.position = ? OR EXISTS").doesNotContain("1=1");
        assertThatThrownBy(() -> RuleSql.of(Combinator.ALL, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
