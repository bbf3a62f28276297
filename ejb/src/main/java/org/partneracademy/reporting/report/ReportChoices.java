package org.partneracademy.reporting.report;

import java.util.List;

/**
 * What a partner's report form offers in its menus: its locations and its trainers. Courses and offerings
 * are searched as one types ({@link RegistrationReports#courseSuggestions}).
 */
public record ReportChoices(List<Choice> locations, List<Choice> trainers) {

    /** A menu entry or a suggestion: what is filtered by, and what the user reads. */
    public record Choice(long id, String label) {
    }
}
