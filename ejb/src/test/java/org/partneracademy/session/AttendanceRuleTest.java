package org.partneracademy.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceRuleTest {

    @Test
    void presentOnEveryDayIsAttended() {
        assertThat(AttendanceRule.outcome(SeatState.SEATED, 3, 3)).isEqualTo(AttendanceOutcome.ATTENDED);
    }

    @Test
    void anAbsentOrUnmarkedDayIsANoShow() {
        assertThat(AttendanceRule.outcome(SeatState.SEATED, 3, 2)).isEqualTo(AttendanceOutcome.NO_SHOW);
        assertThat(AttendanceRule.outcome(SeatState.SEATED, 1, 0)).isEqualTo(AttendanceOutcome.NO_SHOW);
    }

    @Test
    void withoutASeatThereIsNothingToAttend() {
        assertThat(AttendanceRule.outcome(SeatState.RELEASED, 2, 2)).isEqualTo(AttendanceOutcome.NO_SHOW);
        assertThat(AttendanceRule.outcome(SeatState.WAITLISTED, 1, 0)).isEqualTo(AttendanceOutcome.NO_SHOW);
    }
}
