package org.partneracademy.reporting.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.partneracademy.reporting.RunStatus;
import org.partneracademy.reporting.StatementRun;
import org.partneracademy.reporting.statement.StatementPeriod;

/** A run's cursor and progress: partners in id order, never one twice; a failed run carries on when retried. */
class StatementRunProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:30:00Z");

    @Test
    void progressIsThePartnersClosedOfThoseDue() {
        var run = new StatementRun(StatementPeriod.of(YearMonth.of(2026, 10)), "finance", NOW);
        run.expect(4);
        run.partnerDone(3, 1);
        run.partnerDone(8, 2);

        var view = StatementRunView.of(run);
        assertThat(view.period()).isEqualTo("2026-10");
        assertThat(view.progressPercent()).isEqualTo(50);
        assertThat(view.statementsIssued()).isEqualTo(3);
        assertThat(run.getLastPartnerId()).isEqualTo(8L);
        assertThat(view.finished()).isFalse();

        run.finish(NOW);
        assertThat(StatementRunView.of(run).progressPercent()).isEqualTo(100);
    }

    @Test
    void theCursorNeverGoesBackSoNoPartnerIsClosedTwice() {
        var run = new StatementRun(StatementPeriod.of(YearMonth.of(2026, 10)), "finance", NOW);
        run.partnerDone(8, 1);

        assertThatThrownBy(() -> run.partnerDone(8, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.partnerDone(5, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedRunCarriesOnWhenItsChunkGoesThroughOnRetry() {
        var run = new StatementRun(StatementPeriod.of(YearMonth.of(2026, 10)), "admin", NOW);
        run.fail("partner 7 has overlapping agreements 1 and 2", NOW);
        assertThat(StatementRunView.of(run).failure()).contains("overlapping");

        run.resume();

        assertThat(run.getStatus()).isEqualTo(RunStatus.ISSUING);
        assertThat(run.getFailure()).isNull();
    }
}
