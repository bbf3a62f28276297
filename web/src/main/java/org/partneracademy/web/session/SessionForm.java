package org.partneracademy.web.session;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.session.SessionDay;
import org.partneracademy.session.SessionInput;
import org.partneracademy.session.SessionView;

/**
 * The editable fields of a session, as the new-session dialog and the session page bind them. The
 * enrollment cut-off is entered as a local date and time in the session's time zone.
 */
public class SessionForm implements Serializable {

    /** One day row; the table binds to it. */
    public static class DayRow implements Serializable {
        private LocalDate day;
        private LocalTime startsAt = LocalTime.of(9, 0);
        private LocalTime endsAt = LocalTime.of(17, 0);

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public LocalTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalTime endsAt) {
            this.endsAt = endsAt;
        }
    }

    private Long offeringId;
    /** -1 stands for the vendor in the choice list (a select cannot carry null reliably). */
    private Long deliveringPartnerId = VENDOR;
    private String timeZone = "Europe/Berlin";
    private List<DayRow> days = new ArrayList<>(List.of(new DayRow()));
    private String venue;
    private String virtualLink;
    private Integer capacity = 12;
    private Integer minToRun = 1;
    private LocalDateTime enrollmentClosesAt;
    private List<Long> instructorIds = new ArrayList<>();
    private List<Long> coInstructorIds = new ArrayList<>();

    public static final Long VENDOR = -1L;

    public static SessionForm of(SessionView session) {
        var form = new SessionForm();
        form.offeringId = session.offeringId();
        form.deliveringPartnerId = session.deliveringPartnerId() == null ? VENDOR : session.deliveringPartnerId();
        form.timeZone = session.timeZone();
        form.days = new ArrayList<>(session.days().stream().map(d -> {
            var row = new DayRow();
            row.day = d.day();
            row.startsAt = d.startsAt();
            row.endsAt = d.endsAt();
            return row;
        }).toList());
        form.venue = session.venue();
        form.virtualLink = session.virtualLink();
        form.capacity = session.capacity();
        form.minToRun = session.minToRun();
        form.enrollmentClosesAt = LocalDateTime.ofInstant(session.enrollmentClosesAt(), zoneOr(session.timeZone()));
        form.instructorIds = new ArrayList<>(session.instructors().stream().map(i -> i.personId()).toList());
        form.coInstructorIds = new ArrayList<>(session.coInstructors().stream().map(i -> i.personId()).toList());
        return form;
    }

    public SessionInput toInput() {
        var zone = zoneOr(timeZone);
        return new SessionInput(offeringId, timeZone,
                days.stream().map(d -> new SessionDay(d.day, d.startsAt, d.endsAt)).toList(),
                venue, virtualLink == null || virtualLink.isBlank() ? null : virtualLink.strip(),
                capacity == null ? 0 : capacity, minToRun,
                enrollmentClosesAt == null ? null : enrollmentClosesAt.atZone(zone).toInstant(),
                VENDOR.equals(deliveringPartnerId) ? null : deliveringPartnerId, List.copyOf(instructorIds),
                List.copyOf(coInstructorIds));
    }

    /** The zone to read the cut-off in; an unknown one is reported by the service, UTC stands in meanwhile. */
    private static ZoneId zoneOr(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }

    public void addDay() {
        var row = new DayRow();
        if (!days.isEmpty() && days.get(days.size() - 1).day != null) {
            var last = days.get(days.size() - 1);
            row.day = last.day.plusDays(1);
            row.startsAt = last.startsAt;
            row.endsAt = last.endsAt;
        }
        days.add(row);
    }

    public void removeDay(DayRow row) {
        days.remove(row);
    }

    public Long partnerIdOrNull() {
        return VENDOR.equals(deliveringPartnerId) ? null : deliveringPartnerId;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(Long offeringId) {
        this.offeringId = offeringId;
    }

    public Long getDeliveringPartnerId() {
        return deliveringPartnerId;
    }

    public void setDeliveringPartnerId(Long deliveringPartnerId) {
        this.deliveringPartnerId = deliveringPartnerId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getVirtualLink() {
        return virtualLink;
    }

    public void setVirtualLink(String virtualLink) {
        this.virtualLink = virtualLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMinToRun() {
        return minToRun;
    }

    public void setMinToRun(Integer minToRun) {
        this.minToRun = minToRun;
    }

    public LocalDateTime getEnrollmentClosesAt() {
        return enrollmentClosesAt;
    }

    public void setEnrollmentClosesAt(LocalDateTime enrollmentClosesAt) {
        this.enrollmentClosesAt = enrollmentClosesAt;
    }

    public List<Long> getInstructorIds() {
        return instructorIds;
    }

    public void setInstructorIds(List<Long> instructorIds) {
        this.instructorIds = instructorIds;
    }

    public List<Long> getCoInstructorIds() {
        return coInstructorIds;
    }

    public void setCoInstructorIds(List<Long> coInstructorIds) {
        this.coInstructorIds = coInstructorIds;
    }
}
