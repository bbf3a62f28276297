package org.partneracademy.path;

import java.util.List;

/** Course prerequisites (course requires other) and equivalencies (course counts for other). */
public record CourseRelationsView(List<Relation> prerequisites, List<Relation> equivalencies) {

    public record Relation(long id, CourseRef course, CourseRef other) {
    }
}
