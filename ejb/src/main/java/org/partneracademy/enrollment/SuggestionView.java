package org.partneracademy.enrollment;

/** A course suggested to a learner, and the learning path step that makes it next. */
public record SuggestionView(long courseId, String courseCode, String courseTitle, String pathName, int stepNo,
        boolean required) {
}
