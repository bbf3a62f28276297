package org.partneracademy.reporting.close;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.reporting.StatementPeriods;
import org.partneracademy.reporting.StatementRun;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * Starting a close and following it, for the vendor admin and the finance role. A close is refused
 * before anything is written when its period has not ended or the ledger holds what no statement can be
 * computed from ({@link ClosePreflight}); otherwise the run is stored and its process started in the same
 * transaction, and the caller gets the run at once (the statements are issued in the background).
 * Closing a period again is allowed: it issues only the statements still missing.
 */
@Stateless
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE})
public class StatementClose {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    StatementPeriods periods;

    @Inject
    ClosePreflight preflight;

    @Inject
    CloseRuns runs;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    public StatementRunView start(@NotNull @Valid NewStatementRun request) {
        var period = periods.parse(request.period());
        period.requireEndedBefore(LocalDate.ofInstant(clock.now(), clock.getZone()));
        preflight.check(period);
        return StatementRunView.of(runs.open(period, currentUser.username()));
    }

    /** The runs of a period (all when {@code periodKey} is null), newest first. */
    public List<StatementRunView> runs(String periodKey) {
        StatementPeriod period = periodKey == null || periodKey.isBlank() ? null : periods.parse(periodKey);
        var query = em.createQuery("select r from StatementRun r"
                + (period == null ? "" : " where r.periodFrom = :from") + " order by r.id desc", StatementRun.class);
        if (period != null) {
            query.setParameter("from", period.from());
        }
        return query.setMaxResults(100).getResultStream().map(StatementRunView::of).toList();
    }

    public StatementRunView run(long id) {
        var run = em.find(StatementRun.class, id);
        if (run == null) {
            throw new NotFoundException("Statement run", id);
        }
        return StatementRunView.of(run);
    }
}
