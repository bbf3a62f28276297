package org.partneracademy.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.partneracademy.reporting.statement.SourceRef;

/** The stored form of a line's sources: {@code KIND:id} pairs joined by commas. */
public final class SourceRefs {

    private SourceRefs() {
    }

    public static String format(List<SourceRef> sources) {
        return sources.stream().map(s -> s.kind() + ":" + s.id()).collect(Collectors.joining(","));
    }

    public static List<SourceRef> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(pair -> {
            int colon = pair.indexOf(':');
            return new SourceRef(SourceRef.Kind.valueOf(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)));
        }).toList();
    }
}
