package org.partneracademy.reporting.close;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partneracademy.enrollment.RegistrationEventType;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.reporting.StatementPeriods;
import org.partneracademy.reporting.StatementRun;
import org.partneracademy.reporting.issue.StatementIssuer;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * The steps of a close, each called by the {@code statement-close} process in its own transaction: open
 * a run (for a person, or for the period-end timer), issue the next chunk of partners, finish. Partners
 * are closed in id order and the run's cursor ({@code last_partner_id}) commits with each chunk, so a
 * chunk interrupted by a restart runs again from the last one committed and nothing is issued twice.
 */
@Stateless
public class CloseRuns {

    /** Who a run started by the period-end timer is started by. */
    public static final String TIMER = "period-end timer";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    StatementIssuer issuer;

    @Inject
    StatementPeriods periods;

    @Inject
    CloseWorkflow workflow;

    @Inject
    AcademyClock clock;

    @Inject
    @ConfigProperty(name = "pa.statement.close-chunk", defaultValue = "50")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "pa.statement.close-on-timer", defaultValue = "true")
    boolean closeOnTimer;

    /** Stores a run of the period and starts its process (in the caller's transaction). */
    public StatementRun open(StatementPeriod period, String startedBy) {
        var run = new StatementRun(period, startedBy, clock.now());
        em.persist(run);
        em.flush();
        findPartnersDue(run);
        run.startedAs(workflow.start(run.getId()));
        return run;
    }

    /**
     * The period-end timer: the latest period that has ended, unless closing on the timer is off or that
     * period has a run already (the timer fires monthly; periods may be longer).
     *
     * @return the run opened, or null when none was
     */
    public Long openOnTimer() {
        if (!closeOnTimer) {
            return null;
        }
        var period = periods.lastEndedBefore(LocalDate.ofInstant(clock.now(), clock.getZone()));
        long existing = em.createQuery("select count(r) from StatementRun r where r.periodFrom = :from", Long.class)
                .setParameter("from", period.from()).getSingleResult();
        if (existing > 0) {
            return null;
        }
        var run = new StatementRun(period, TIMER, clock.now());
        em.persist(run);
        em.flush();
        findPartnersDue(run);
        return run.getId();
    }

    /** The timer's process instance runs the run it opened. */
    public void startedAs(long runId, String processInstanceId) {
        find(runId).startedAs(processInstanceId);
    }

    /**
     * Issues statements to the next chunk of partners after the run's cursor.
     *
     * @return whether more partners may follow
     */
    public boolean issueNextChunk(long runId) {
        var run = find(runId);
        var period = run.period();
        List<Object> partners = em.createNativeQuery("SELECT partner_id FROM (" + PARTNERS_DUE + """
                ) due WHERE partner_id > ?4 ORDER BY partner_id""")
                .setParameter(1, period.from()).setParameter(2, period.to()).setParameter(3, runId)
                .setParameter(4, run.getLastPartnerId() == null ? 0L : run.getLastPartnerId())
                .setMaxResults(chunkSize).getResultList();
        var issued = new int[partners.size()];
        for (int i = 0; i < partners.size(); i++) {
            issued[i] = issuer.issue(runId, ((Number) partners.get(i)).longValue(), period).size();
        }
        // The run row changes only once the chunk has gone through, so a failure leaves it unlocked for
        // recordFailure to write on.
        run.resume();
        for (int i = 0; i < partners.size(); i++) {
            run.partnerDone(((Number) partners.get(i)).longValue(), issued[i]);
        }
        return partners.size() == chunkSize;
    }

    public void finish(long runId) {
        find(runId).finish(clock.now());
    }

    /**
     * A chunk failed and its transaction is rolled back: the run says so, in a transaction of its own on
     * another thread (the failed one still holds locks on the run's row until it has rolled back), while
     * the process retries the chunk and then holds it as an incident to retry once the data is put right.
     */
    @Asynchronous
    public void recordFailure(long runId, String why) {
        find(runId).fail(why, clock.now());
    }

    /**
     * The partners a run owes a statement to: those with an agreement in force on a day of the period, and
     * those with a late change to a seat settled in an earlier statement (?1 period start, ?2 end, ?3 run).
     */
    private static final String PARTNERS_DUE = """
            SELECT partner_id FROM partner_agreement WHERE valid_from <= ?2 AND (valid_to IS NULL OR valid_to >= ?1)
            UNION
            SELECT partner_id FROM statement_run_late_partner WHERE run_id = ?3""";

    /** The ledger events that change a settled seat: every type but the seat's taking. */
    private static final String LATE_EVENT_TYPES = Arrays.stream(RegistrationEventType.values())
            .filter(type -> type != RegistrationEventType.SEAT_TAKEN)
            .map(type -> "'" + type + "'").collect(Collectors.joining(", "));

    /**
     * Notes the partners with late changes but no agreement in force, once per run (the agreement holders
     * get their late adjustments in their own statements), then how many partners the run owes.
     */
    private void findPartnersDue(StatementRun run) {
        var period = run.period();
        em.createNativeQuery("""
                INSERT INTO statement_run_late_partner (run_id, partner_id)
                SELECT DISTINCT ?1, s.partner_id
                  FROM registration_event e
                  JOIN partner_statement_line l ON l.registration_id = e.registration_id AND l.kind IN ('REVENUE_SHARE', 'SEAT')
                  JOIN partner_statement s ON s.id = l.statement_id AND s.period_from < ?2
                 WHERE e.event_type IN (%s) AND e.occurred_at >= ?4 AND e.occurred_at < ?5
                   AND NOT EXISTS (SELECT 1 FROM partner_agreement a WHERE a.partner_id = s.partner_id
                                   AND a.valid_from <= ?3 AND (a.valid_to IS NULL OR a.valid_to >= ?2))""".formatted(LATE_EVENT_TYPES))
                .setParameter(1, run.getId()).setParameter(2, period.from()).setParameter(3, period.to())
                .setParameter(4, period.from().atStartOfDay()).setParameter(5, period.to().plusDays(1).atStartOfDay())
                .executeUpdate();
        run.expect(((Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + PARTNERS_DUE + ") due")
                .setParameter(1, period.from()).setParameter(2, period.to()).setParameter(3, run.getId())
                .getSingleResult()).intValue());
    }

    private StatementRun find(long runId) {
        var run = em.find(StatementRun.class, runId);
        if (run == null) {
            throw new NotFoundException("Statement run", runId);
        }
        return run;
    }
}
