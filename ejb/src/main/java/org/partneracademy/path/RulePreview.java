package org.partneracademy.path;

import java.util.List;

/** Whom a rule would hit: how many people, and the first names (at most {@link Assignments#PREVIEW_NAMES}) alphabetically. */
public record RulePreview(long count, List<String> firstNames) {

    public RulePreview {
        firstNames = List.copyOf(firstNames);
    }
}
