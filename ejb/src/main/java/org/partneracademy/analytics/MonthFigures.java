package org.partneracademy.analytics;

/** Enrollments started and completed in one calendar month (UTC), e.g. "2026-03". */
public record MonthFigures(String month, long enrollments, long completions) {
}
