package org.partneracademy.session;

import java.time.Instant;
import java.util.List;

/**
 * What the enrollment side needs to know about a session: eligibility (status, cut-off, course and
 * offering), reminders and attendance settlement (first start, last end), the cancellation policy
 * (first start) and calendar invites (days, place, time zone).
 */
public record SessionFacts(long sessionId, long courseId, String courseCode, String courseTitle, long offeringId,
                           SessionStatus status, Instant startsAt, Instant endsAt, Instant enrollmentClosesAt,
                           Long deliveringPartnerId, String venue, String virtualLink, String timeZone,
                           List<SessionDay> days) {

    public boolean isOpenFor(Instant now) {
        return status == SessionStatus.SCHEDULED && now.isBefore(enrollmentClosesAt);
    }
}
