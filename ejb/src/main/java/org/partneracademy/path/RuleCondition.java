package org.partneracademy.path;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One condition of an assignment rule: what it looks at and the one value it asks for. */
@Embeddable
public class RuleCondition {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false)
    private ConditionKind kind;

    @Column(name = "cond_value", nullable = false)
    private String value;

    protected RuleCondition() {
    }

    public RuleCondition(ConditionKind kind, String value) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
    }

    /** Whether the person matches this condition; {@code tierLevels} gives each tier code its level. */
    public boolean matches(PersonProfile person, Map<String, Integer> tierLevels) {
        return switch (kind) {
            case POSITION -> value.equals(person.position());
            case BRAND -> person.brandCodes().contains(value);
            case LOCATION -> person.locationIds().stream().anyMatch(id -> String.valueOf(id).equals(value));
            case TIER -> value.equals(person.tierCode());
            case TIER_AT_LEAST -> tierLevels.containsKey(value) && person.tierCode() != null
                    && tierLevels.getOrDefault(person.tierCode(), 0) >= tierLevels.get(value);
            case PARTNER_TYPE -> value.equals(person.partnerType());
        };
    }

    public ConditionKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleCondition that && kind == that.kind && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }
}
