package org.partneracademy.reporting.close;

import java.time.Instant;
import org.partneracademy.reporting.RunStatus;
import org.partneracademy.reporting.StatementPeriods;
import org.partneracademy.reporting.StatementRun;

/**
 * A close as the UI and REST show it. {@code progressPercent} is the share of the partners due a
 * statement that the run has closed (100 when none were due).
 */
public record StatementRunView(Long id, String period, String periodFrom, String periodTo, RunStatus status,
        String startedBy, Instant startedAt, Instant finishedAt, int statementsIssued, int partnersDue,
        int partnersDone, int progressPercent, String failure) {

    public static StatementRunView of(StatementRun run) {
        int percent = run.getStatus() == RunStatus.ISSUED || run.getPartnersDue() == 0 ? (run.getStatus() == RunStatus.ISSUED ? 100 : 0)
                : Math.min(100, run.getPartnersDone() * 100 / run.getPartnersDue());
        return new StatementRunView(run.getId(), StatementPeriods.key(run.period()), run.period().from().toString(),
                run.period().to().toString(), run.getStatus(), run.getStartedBy(), run.getStartedAt(),
                run.getFinishedAt(), run.getStatementsIssued(), run.getPartnersDue(), run.getPartnersDone(), percent,
                run.getFailure());
    }

    public boolean finished() {
        return status != RunStatus.ISSUING;
    }
}
