package org.partneracademy.analytics;

import java.util.List;

/**
 * The vendor's progress dashboard: the last twelve months (oldest first, months without activity
 * included as zeros), enrollments by partner (most first) and completion rate by course.
 */
public record ProgressReport(long totalEnrollments, long totalCompletions, List<MonthFigures> months,
        List<PartnerFigures> partners, List<CourseFigures> courses) {
}
