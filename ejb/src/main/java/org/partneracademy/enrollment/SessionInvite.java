package org.partneracademy.enrollment;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * The calendar invite of one seated enrollment: one event per session day (no recurrence rule, since
 * the days of a session need not follow a pattern), at the day's local times in the session's IANA
 * time zone, which the file describes in its own VTIMEZONE so that calendars need no lookup.
 * <p>
 * The events' UIDs are derived from the enrollment id and the day's number, so downloading the invite
 * again (after a reschedule, say) updates the same events instead of adding new ones; {@code sequence}
 * must grow whenever the facts change for calendars to accept the update.
 */
public record SessionInvite(long enrollmentId, int sequence, String title, String description, ZoneId zone,
        List<Day> days, String venue, String virtualLink, String organiserName, String organiserEmail) {

    static final String PRODUCT_ID = "-//Partner Academy//Session invite//EN";
    static final String UID_DOMAIN = "partner-academy";

    /** One day of a session: its local date and times in the session's time zone. */
    public record Day(LocalDate date, LocalTime startsAt, LocalTime endsAt) {

        public Day {
            Objects.requireNonNull(date, "date");
            if (!endsAt.isAfter(startsAt)) {
                throw new IllegalArgumentException("A session day ends after it starts: " + date);
            }
        }
    }

    public SessionInvite {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("A session has at least one day");
        }
        if (venue == null && virtualLink == null) {
            throw new IllegalArgumentException("A session takes place at a venue or a virtual link");
        }
        days = days.stream().sorted(Comparator.comparing(Day::date)).toList();
    }

    /** The UID of the event for the session's day number {@code dayNumber} (1-based). */
    public String uidOfDay(int dayNumber) {
        return "enrollment-" + enrollmentId + "-day-" + dayNumber + "@" + UID_DOMAIN;
    }

    /** The invite as a {@code text/calendar} document, stamped with {@code now}. */
    public String toICalendar(Instant now) {
        var calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(Method.PUBLISH);
        var timeZone = vtimezone();
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), timeZone));
        for (int i = 0; i < days.size(); i++) {
            calendar.addEvent(event(i + 1, days.get(i), now));
        }
        return Biweekly.write(calendar).go();
    }

    private VEvent event(int dayNumber, Day day, Instant now) {
        var event = new VEvent();
        event.setUid(uidOfDay(dayNumber));
        event.setSequence(sequence);
        event.setDateTimeStamp(Date.from(now));
        event.setSummary(days.size() == 1 ? title : title + " (" + dayNumber + "/" + days.size() + ")");
        event.setDateStart(Date.from(day.date().atTime(day.startsAt()).atZone(zone).toInstant()));
        event.setDateEnd(Date.from(day.date().atTime(day.endsAt()).atZone(zone).toInstant()));
        event.setLocation(venue != null ? venue : virtualLink);
        if (virtualLink != null) {
            event.setUrl(virtualLink);
        }
        if (description != null) {
            event.setDescription(description);
        }
        if (organiserEmail != null) {
            event.setOrganizer(new Organizer(organiserName, organiserEmail));
        }
        return event;
    }

    /**
     * The zone's offsets around the session: the observance in force at its first day and every
     * transition until its last day ends (a session across a daylight-saving change gets both).
     */
    private VTimezone vtimezone() {
        var component = new VTimezone(zone.getId());
        var rules = zone.getRules();
        var first = days.get(0).date().atTime(days.get(0).startsAt()).atZone(zone).toInstant();
        var last = days.get(days.size() - 1).date().atTime(days.get(days.size() - 1).endsAt()).atZone(zone).toInstant();
        var previous = rules.previousTransition(first.plusNanos(1));
        if (previous == null) {
            var offset = rules.getOffset(first);
            addObservance(component, new StandardTime(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
            return component;
        }
        var transitions = new ArrayList<>(List.of(previous));
        for (var next = rules.nextTransition(previous.getInstant()); next != null && !next.getInstant().isAfter(last);
                next = rules.nextTransition(next.getInstant())) {
            transitions.add(next);
        }
        for (var transition : transitions) {
            Observance observance = rules.isDaylightSavings(transition.getInstant()) ? new DaylightSavingsTime() : new StandardTime();
            addObservance(component, observance, transition.getDateTimeBefore(), transition.getOffsetBefore(),
                    transition.getOffsetAfter());
        }
        return component;
    }

    private static void addObservance(VTimezone component, Observance observance, LocalDateTime start, ZoneOffset from,
            ZoneOffset to) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
        if (observance instanceof DaylightSavingsTime daylight) {
            component.addDaylightSavingsTime(daylight);
        } else {
            component.addStandardTime((StandardTime) observance);
        }
    }
}
