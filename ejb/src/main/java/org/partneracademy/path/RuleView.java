package org.partneracademy.path;

import java.util.List;

/** An assignment rule with its conditions spelt out, its paths, and how many people it assigns now. */
public record RuleView(long id, String name, Combinator combinator, List<ConditionView> conditions,
        List<PathRef> paths, long assignedPeople) {

    public record ConditionView(ConditionKind kind, String value, String label) {
    }
}
