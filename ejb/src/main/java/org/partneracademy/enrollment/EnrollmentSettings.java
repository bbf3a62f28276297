package org.partneracademy.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The enrollment process's times (MicroProfile Config, ISO-8601 durations; the environment variable is
 * the key in upper case with underscores): how long an approval may stay unanswered, how long before a
 * session its reminder goes out, and how long after a session ends its attendance is settled, so that
 * instructors have time to mark the last day. The seat-offer timeout belongs to the seat allocator.
 */
@ApplicationScoped
public class EnrollmentSettings {

    @Inject
    @ConfigProperty(name = "pa.enrollment.approval.timeout", defaultValue = "P7D")
    Duration approvalTimeout;

    @Inject
    @ConfigProperty(name = "pa.enrollment.reminder.lead", defaultValue = "P2D")
    Duration reminderLead;

    @Inject
    @ConfigProperty(name = "pa.enrollment.attendance.grace", defaultValue = "PT12H")
    Duration attendanceGrace;

    public Duration approvalTimeout() {
        return approvalTimeout;
    }

    public Instant reminderAt(Instant sessionStartsAt) {
        return sessionStartsAt.minus(reminderLead);
    }

    public Instant settleAt(Instant sessionEndsAt) {
        return sessionEndsAt.plus(attendanceGrace);
    }
}
