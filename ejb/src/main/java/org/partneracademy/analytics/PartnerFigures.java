package org.partneracademy.analytics;

/** Enrollments of one partner's people (not cancelled), and how many of them are completed. */
public record PartnerFigures(long partnerId, String partnerName, long enrollments, long completions) {
}
