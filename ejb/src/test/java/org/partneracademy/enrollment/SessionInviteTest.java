package org.partneracademy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionInviteTest {

    private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Two days around the end of daylight-saving time in Berlin (25 October 2026). */
    private final SessionInvite acrossDstChange = new SessionInvite(42, 3, "Security Fundamentals", "Bring a laptop",
            BERLIN, List.of(
                    new SessionInvite.Day(LocalDate.of(2026, 10, 26), LocalTime.of(9, 0), LocalTime.of(17, 0)),
                    new SessionInvite.Day(LocalDate.of(2026, 10, 24), LocalTime.of(9, 0), LocalTime.of(12, 30))),
            "Contoso Training, Room 4; Berlin", null, "Contoso Training", "academy@contoso.example");

    @Test
    void everyDayIsAnEventAtItsLocalTimesInTheSessionsZone() throws Exception {
        var parsed = parse(acrossDstChange.toICalendar(NOW));

        assertThat(parsed.getEvents()).hasSize(2);
        var first = parsed.getEvents().get(0);
        var second = parsed.getEvents().get(1);
        // 09:00 in Berlin is 07:00 UTC in summer time and 08:00 UTC after the change.
        assertThat(first.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-24T07:00:00Z"));
        assertThat(first.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-24T10:30:00Z"));
        assertThat(second.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
        assertThat(second.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-26T16:00:00Z"));
        assertThat(parsed.getTimezoneInfo().getTimezone(first.getDateStart()).getComponent().getTimezoneId().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(first.getSummary().getValue()).isEqualTo("Security Fundamentals (1/2)");
        assertThat(first.getDescription().getValue()).isEqualTo("Bring a laptop");
    }

    @Test
    void theFileNamesTheZoneAndWritesLocalTimes() {
        var text = acrossDstChange.toICalendar(NOW);

        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "DTSTART;TZID=Europe/Berlin:20261024T090000",
                "DTSTART;TZID=Europe/Berlin:20261026T090000", "TZOFFSETTO:+0100", "METHOD:PUBLISH");
    }

    @Test
    void uidsAreStablePerEnrollmentAndDaySoADownloadAgainUpdatesTheSameEvents() throws Exception {
        var once = parse(acrossDstChange.toICalendar(NOW)).getEvents();
        var again = parse(acrossDstChange.toICalendar(NOW.plusSeconds(3600))).getEvents();

        assertThat(once).extracting(event -> event.getUid().getValue())
                .containsExactly("enrollment-42-day-1@partner-academy", "enrollment-42-day-2@partner-academy");
        assertThat(again).extracting(event -> event.getUid().getValue())
                .containsExactlyElementsOf(once.stream().map(event -> event.getUid().getValue()).toList());
        assertThat(again.get(0).getSequence().getValue()).isEqualTo(3);
        assertThat(again.get(0).getDateTimeStamp().getValue().toInstant()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void venueAndOrganiserSurviveSpecialCharacters() throws Exception {
        VEvent event = parse(acrossDstChange.toICalendar(NOW)).getEvents().get(0);

        assertThat(event.getLocation().getValue()).isEqualTo("Contoso Training, Room 4; Berlin");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("academy@contoso.example");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Contoso Training");
        assertThat(event.getUrl()).isNull();
    }

    @Test
    void aVirtualSessionIsLocatedAtItsLinkInAZoneWithoutDaylightSaving() throws Exception {
        var virtual = new SessionInvite(7, 0, "Pricing Basics", null, ZoneId.of("Asia/Kolkata"),
                List.of(new SessionInvite.Day(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), LocalTime.of(11, 0))),
                null, "https://meet.example/pricing", null, null);

        var parsed = parse(virtual.toICalendar(NOW));
        var event = parsed.getEvents().get(0);

        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example/pricing");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example/pricing");
        assertThat(event.getSummary().getValue()).isEqualTo("Pricing Basics");
        assertThat(event.getOrganizer()).isNull();
        assertThat(parsed.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent().getTimezoneId().getValue())
                .isEqualTo("Asia/Kolkata");
    }

    @Test
    void aSessionNeedsDaysAndAPlace() {
        var day = new SessionInvite.Day(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), LocalTime.of(11, 0));

        assertThatThrownBy(() -> new SessionInvite(1, 0, "T", null, BERLIN, List.of(), "Room", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionInvite(1, 0, "T", null, BERLIN, List.of(day), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionInvite.Day(LocalDate.of(2026, 12, 1), LocalTime.of(11, 0), LocalTime.of(11, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ICalendar parse(String text) throws Exception {
        return Biweekly.parse(text).first();
    }
}
