package org.partneracademy.platform.workflow.identity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.Page;

/** The filters Camunda's identity queries offer, applied in memory to the (small) set of people and roles. */
final class Matching {

    private Matching() {
    }

    static boolean equalOrUnset(String criterion, String value) {
        return criterion == null || criterion.equals(value);
    }

    /** SQL LIKE semantics of Camunda's *Like criteria: % is any text, case-insensitive. */
    static boolean likeOrUnset(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        var regex = new StringBuilder();
        for (String part : pattern.toLowerCase(Locale.ROOT).split("%", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return value.toLowerCase(Locale.ROOT).matches(regex.toString());
    }

    static boolean inOrUnset(String[] criteria, String value) {
        return criteria == null || List.of(criteria).contains(value);
    }

    static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(page.getFirstResult(), all.size());
        int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
        return all.subList(from, to);
    }
}
