package org.partneracademy.path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An assignment rule as the vendor admin defines it. An empty condition list is a business-rule
 * refusal (422) rather than a format error, so the page and the API explain why.
 */
public record RuleInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull Combinator combinator,
        @Size(max = 20) List<@NotNull @Valid ConditionInput> conditions,
        @Size(max = 50) List<@NotNull Long> pathIds) {

    public record ConditionInput(@NotNull ConditionKind kind, @NotBlank @Size(max = 100) String value) {
    }

    public List<ConditionInput> conditionList() {
        return conditions == null ? List.of() : conditions;
    }

    public List<Long> pathIdList() {
        return pathIds == null ? List.of() : pathIds;
    }
}
