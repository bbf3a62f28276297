package org.partneracademy.path;

import java.util.List;
import java.util.Set;

/**
 * A learning path as the progress calculation needs it: plain ids, no persistence. Groups are in
 * order; within a group, course ids are in step order.
 */
public record PathPlan(long id, String name, List<Group> groups, Set<Long> prerequisitePathIds) {

    public record Group(int no, GroupKind kind, Integer pick, List<Long> courseIds) {

        public Group {
            courseIds = List.copyOf(courseIds);
        }

        /** How many steps must be done: all of a required group, {@code pick} of an elective, none of an optional one. */
        public int needed() {
            return switch (kind) {
                case REQUIRED -> courseIds.size();
                case ELECTIVE -> pick;
                case OPTIONAL -> 0;
            };
        }
    }

    public PathPlan {
        groups = List.copyOf(groups);
        prerequisitePathIds = Set.copyOf(prerequisitePathIds);
    }
}
