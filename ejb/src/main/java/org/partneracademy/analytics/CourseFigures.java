package org.partneracademy.analytics;

/** Enrollments in one course (not cancelled), completions, and the completion rate in whole percent. */
public record CourseFigures(long courseId, String courseCode, String courseTitle, long enrollments, long completions,
        int completionRate) {

    public CourseFigures(long courseId, String courseCode, String courseTitle, long enrollments, long completions) {
        this(courseId, courseCode, courseTitle, enrollments, completions,
                enrollments == 0 ? 0 : (int) (completions * 100 / enrollments));
    }
}
