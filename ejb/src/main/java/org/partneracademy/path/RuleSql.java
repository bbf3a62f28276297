package org.partneracademy.path;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition that selects the people a rule matches, over {@code person p} joined to
 * {@code partner pa} and {@code partner_tier t}, with positional parameters (values are never spliced
 * into the text). Preview, retroactive assignment and newcomers all use this one predicate, so a
 * preview hits exactly whom saving assigns. {@link RuleCondition#matches} is its Java twin for "why".
 */
public record RuleSql(String where, List<Object> parameters) {

    /** Active partner people with the learner role: whom paths are for. */
    public static final String LEARNERS = "p.active = 1 AND p.partner_id IS NOT NULL"
            + " AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = 'LEARNER')";

    public static final String FROM = " FROM person p JOIN partner pa ON pa.id = p.partner_id"
            + " JOIN partner_tier t ON t.code = pa.tier ";

    public static RuleSql of(Combinator combinator, List<RuleCondition> conditions) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("A rule without conditions would match everyone");
        }
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (var condition : conditions) {
            parts.add(switch (condition.getKind()) {
                case POSITION -> "p.position = ?";
                case PARTNER_TYPE -> "pa.partner_type = ?";
                case TIER -> "pa.tier = ?";
                case TIER_AT_LEAST -> "t.level >= (SELECT tt.level FROM partner_tier tt WHERE tt.code = ?)";
                case LOCATION -> "EXISTS (SELECT 1 FROM person_location pl WHERE pl.person_id = p.id AND pl.location_id = ?)";
                case BRAND -> "EXISTS (SELECT 1 FROM person_location pl JOIN location_brand lb ON lb.location_id = pl.location_id"
                        + " JOIN brand b ON b.id = lb.brand_id WHERE pl.person_id = p.id AND b.code = ?)";
            });
            parameters.add(condition.getKind() == ConditionKind.LOCATION ? (Object) Long.valueOf(condition.getValue())
                    : condition.getValue());
        }
        String joiner = combinator == Combinator.ALL ? " AND " : " OR ";
        return new RuleSql(LEARNERS + " AND (" + String.join(joiner, parts) + ")", parameters);
    }
}
