package org.partneracademy.platform.paging;

import java.util.Locale;

/**
 * Search text as a LIKE pattern that matches it anywhere: the user's own % and _ are escaped, so a
 * search for "100%" finds "100%" and not everything starting with "100". Queries use {@code escape '!'}:
 * a backslash would itself need escaping differently in HQL and in MariaDB's string literals.
 */
public final class Like {

    private Like() {
    }

    /** The pattern for {@code column like :pattern escape '!'}, or null when there is nothing to search for. */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
