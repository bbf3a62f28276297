package org.partneracademy.path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The matching part of a rule, for a preview before saving. */
public record RuleCriteria(
        @NotNull Combinator combinator,
        @Size(max = 20) List<RuleInput.@NotNull @Valid ConditionInput> conditions) {

    public List<RuleInput.ConditionInput> conditionList() {
        return conditions == null ? List.of() : conditions;
    }
}
