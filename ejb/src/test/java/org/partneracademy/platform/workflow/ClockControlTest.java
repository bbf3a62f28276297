package org.partneracademy.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.time.AcademyClock;

class ClockControlTest {

    @Test
    void aServerWhoseClockIsNotAdjustableHasNoClockControl() {
        var control = new ClockControl();
        control.clock = new AcademyClock();

        assertThatThrownBy(() -> control.advance("P400D")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(control::current).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(control::reset).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> control.move(null, true)).isInstanceOf(NotFoundException.class);
        assertThat(control.clock.offset()).isEqualTo(Duration.ZERO);
    }
}
