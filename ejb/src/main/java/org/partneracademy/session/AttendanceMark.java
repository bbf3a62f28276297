package org.partneracademy.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether one enrolled learner was there on one day of their session, as an instructor marked it. A
 * later mark for the same day replaces the earlier one (the instructor corrects it).
 */
@Entity
@Table(name = "attendance_mark")
public class AttendanceMark {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "enrollment_id", nullable = false)
        private long enrollmentId;

        @Column(name = "day", nullable = false)
        private LocalDate day;

        protected Key() {
        }

        public Key(long enrollmentId, LocalDate day) {
            this.enrollmentId = enrollmentId;
            this.day = day;
        }

        public long getEnrollmentId() {
            return enrollmentId;
        }

        public LocalDate getDay() {
            return day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && enrollmentId == other.enrollmentId && day.equals(other.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrollmentId, day);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Version
    private long version;

    protected AttendanceMark() {
    }

    AttendanceMark(long enrollmentId, long sessionId, LocalDate day, boolean present, String markedBy, Instant now) {
        this.key = new Key(enrollmentId, day);
        this.sessionId = sessionId;
        mark(present, markedBy, now);
    }

    void mark(boolean isPresent, String by, Instant now) {
        this.present = isPresent;
        this.markedBy = by;
        this.markedAt = now;
    }

    public long getEnrollmentId() {
        return key.getEnrollmentId();
    }

    public LocalDate getDay() {
        return key.getDay();
    }

    public long getSessionId() {
        return sessionId;
    }

    public boolean isPresent() {
        return present;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
