package org.partneracademy.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.partneracademy.catalog.OfferingKind;

/**
 * A session as lists and pages show it. {@code seatsLeft} is the capacity not held by seated or
 * offered learners; {@code belowMinimum} flags a session that would not run with the seats it holds.
 * {@code instructors} are the leads, {@code coInstructors} those who co-deliver.
 */
public record SessionView(long id, long courseId, String courseCode, String courseTitle, long offeringId,
                          OfferingKind offeringKind, SessionStatus status, String timeZone, List<SessionDay> days,
                          Instant startsAt, Instant endsAt, String venue, String virtualLink, int capacity,
                          int minToRun, int seatsHeld, int seatsLeft, boolean belowMinimum, long waitlisted,
                          Instant enrollmentClosesAt, Long deliveringPartnerId, String deliveredBy,
                          List<InstructorView> instructors, List<InstructorView> coInstructors,
                          List<PartnerAllocation> allocations,
                          Instant cancelledAt, String cancelReason) {

    static final String VENDOR = "Vendor";

    static SessionView of(TrainingSession s, long waitlisted, boolean withAllocations) {
        var course = s.getOffering().getCourse();
        var partner = s.getDeliveringPartner();
        return new SessionView(s.getId(), course.getId(), course.getCode(), course.getTitle(), s.getOffering().getId(),
                s.getOffering().getKind(), s.getStatus(), s.getTimeZone(), s.getDays(), s.startsAt(), s.endsAt(),
                s.getVenue(), s.getVirtualLink(), s.getCapacity(), s.getMinToRun(), s.getSeatsHeld(), s.seatsLeft(),
                s.isBelowMinimum(), waitlisted, s.getEnrollmentClosesAt(), partner == null ? null : partner.getId(),
                partner == null ? VENDOR : partner.getName(),
                s.getInstructors().stream().map(InstructorView::of)
                        .sorted(Comparator.comparing(InstructorView::displayName)).toList(),
                s.getCoInstructors().stream().map(InstructorView::of)
                        .sorted(Comparator.comparing(InstructorView::displayName)).toList(),
                withAllocations ? s.allocationList() : List.of(), s.getCancelledAt(), s.getCancelReason());
    }

    /** "2027-03-29" or "2027-03-29 – 2027-03-31 (3 days)", for lists. */
    public String dateRange() {
        if (days.isEmpty()) {
            return "";
        }
        var first = days.get(0).day();
        var last = days.get(days.size() - 1).day();
        return days.size() == 1 ? first.toString() : first + " – " + last + " (" + days.size() + " days)";
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
