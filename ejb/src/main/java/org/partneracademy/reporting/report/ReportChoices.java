package org.partneracademy.reporting.report;

import java.util.List;

/** What a partner's report can be filtered by: its locations, the catalog's courses and offerings, its trainers. */
public record ReportChoices(List<Choice> locations, List<Choice> courses, List<Choice> offerings, List<Choice> trainers) {

    public record Choice(long id, String label) {
    }
}
