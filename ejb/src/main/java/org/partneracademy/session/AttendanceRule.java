package org.partneracademy.session;

/**
 * Attended means present on every day of the session; anything less (an absence, an unmarked day, a
 * seat never taken) is a no-show.
 */
final class AttendanceRule {

    private AttendanceRule() {
    }

    static AttendanceOutcome outcome(SeatState seat, int sessionDays, long daysPresent) {
        return seat == SeatState.SEATED && sessionDays > 0 && daysPresent >= sessionDays
                ? AttendanceOutcome.ATTENDED
                : AttendanceOutcome.NO_SHOW;
    }
}
