package org.partneracademy.path;

import java.util.List;
import org.partneracademy.partner.Position;

/** A path's definition for the vendor admin. */
public record PathView(long id, String name, String description, Position position, Long brandId, String brandName,
        List<GroupView> groups, List<PathRef> prerequisites) {

    public record GroupView(int no, GroupKind kind, Integer pick, List<CourseRef> steps) {
    }

    /** "any 2 of 4", "all 3", as the list shows a group. */
    public static String describe(GroupKind kind, Integer pick, int size) {
        return switch (kind) {
            case REQUIRED -> "all " + size;
            case ELECTIVE -> "any " + pick + " of " + size;
            case OPTIONAL -> "optional";
        };
    }
}
