package org.partneracademy.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RuleViolationException;

class AcademyClockTest {

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aResetReturnsTheAcademyAndCamundaClocksToRealTime() {
        var clock = new AcademyClock();
        clock.adjustable = true;

        clock.advance(Duration.ofDays(2));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(2));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(Instant.now().plus(Duration.ofDays(1)));

        clock.reset();

        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(Instant.now(), ClockUtil.getCurrentTime().toInstant()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aClockThatIsNotAdjustableIsNotResetEither() {
        var clock = new AcademyClock();

        assertThatThrownBy(clock::reset).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofDays(1))).isInstanceOf(RuleViolationException.class);
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
    }
}
