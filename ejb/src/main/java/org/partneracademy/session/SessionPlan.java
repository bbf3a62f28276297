package org.partneracademy.session;

import java.time.Instant;
import java.util.List;

/**
 * When, where and for how many a session runs: days local to {@code timeZone} (an IANA id), a venue
 * and/or a virtual link, capacity, minimum to run and the instant enrollment closes.
 */
public record SessionPlan(String timeZone, List<SessionDay> days, String venue, String virtualLink,
                          int capacity, int minToRun, Instant enrollmentClosesAt) {
}
