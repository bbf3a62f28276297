package org.partneracademy.objective;

/**
 * Stage-2 figures of the vendor dashboard: people holding at least one certification now, partners
 * with objectives and how many of them meet all of theirs, and certifications that expire within
 * {@code horizonDays} unless renewed.
 */
public record CertificationFigures(long certifiedLearners, long partnersWithObjectives, long partnersMeetingObjectives,
        long expiringSoon, int horizonDays) {
}
