package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.StatementFixtures;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * The close's promise that a server stopped in the middle loses nothing and issues nothing twice: a month
 * with {@value #PARTNERS} partners due a statement is closed in chunks of three (the restart container's
 * setting), the server is stopped once some chunks have committed, and after the start the same run goes
 * on from its cursor to ISSUED, with exactly one statement per partner.
 *
 * <p>Runs in the failsafe execution of the tag {@code restart}, on the manual-mode container
 * {@value ServerRestartIT#CONTAINER}, like {@link ServerRestartIT}. May 2002 is this test's own month.
 */
@Tag("integration")
@Tag("restart")
@ExtendWith(ArquillianExtension.class)
class StatementCloseRestartIT {

    private static final String EAR = "partner-academy-close";
    private static final YearMonth MONTH = YearMonth.of(2002, 5);
    private static final int PARTNERS = 600;
    /** The restart container's {@code pa.statement.close-chunk} (arquillian.xml). */
    private static final int CHUNK = 3;

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    @TargetsContainer(ServerRestartIT.CONTAINER)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aCloseStoppedBetweenChunksGoesOnFromItsCursorAndIssuesEachStatementOnce() throws Exception {
        var partners = partnersWithAnAgreementIn(MONTH, PARTNERS);
        long due = StatementFixtures.count("""
                SELECT COUNT(DISTINCT partner_id) FROM partner_agreement
                WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""", MONTH.atEndOfMonth(), MONTH.atDay(1));
        assertThat(due).as("the month is this test's own").isEqualTo(PARTNERS);
        controller.start(ServerRestartIT.CONTAINER);
        try {
            deployer.deploy(EAR);
            long run = ((Number) as("finance").body(Map.of("period", MONTH.toString())).post(V1 + "/statement-runs")
                    .then().statusCode(202).extract().path("id")).longValue();
            assertThat(awaitCursor(run)).as("a first chunk committed its cursor").isNotNull();

            controller.stop(ServerRestartIT.CONTAINER);
            var stopped = runRow(run);
            assertThat(stopped.status()).as("the close was cut off in the middle").isEqualTo("ISSUING");
            assertThat(stopped.partnersDone()).isBetween(1, PARTNERS - 1);
            // What the committed chunks issued, and at most the chunk the stop cut off in its commit: one
            // that had written its statements but whose cursor the stop left in doubt (CI saw 6 statements
            // against a cursor at 3 once). The restart resolves it; the assertions after it are exact.
            assertThat(stopped.statements()).as("what the committed chunks issued, and nothing more")
                    .isBetween((long) stopped.partnersDone(), (long) stopped.partnersDone() + CHUNK);

            controller.start(ServerRestartIT.CONTAINER);
            var finished = StatementFixtures.awaitRun(run);
            assertThat(finished.status()).isEqualTo("ISSUED");
            assertThat(finished.json()).containsEntry("partnersDue", PARTNERS).containsEntry("partnersDone", PARTNERS);
            assertThat(finished.statementsIssued()).isEqualTo(PARTNERS);
            assertThat(statementsOf(run)).as("one statement per partner, none issued twice").isEqualTo(PARTNERS);
            assertThat(StatementFixtures.count("SELECT COUNT(DISTINCT partner_id) FROM partner_statement WHERE run_id = ?",
                    run)).isEqualTo(PARTNERS);
            assertThat(StatementFixtures.count("""
                    SELECT COUNT(*) FROM partner_statement WHERE period_from = ? AND partner_id BETWEEN ? AND ?""",
                    MONTH.atDay(1), partners.get(0), partners.get(PARTNERS - 1))).isEqualTo(PARTNERS);
            assertThat(StatementFixtures.count("SELECT COUNT(*) FROM statement_run WHERE period_from = ?",
                    MONTH.atDay(1))).as("the same run went on; none was opened anew").isEqualTo(1);
        } finally {
            if (controller.isStarted(ServerRestartIT.CONTAINER)) {
                deployer.undeploy(EAR);
                controller.stop(ServerRestartIT.CONTAINER);
            }
        }
    }

    /** The run and its statements as one query saw them: a chunk committing between two reads cannot split them. */
    private record RunRow(String status, int partnersDone, Long lastPartnerId, long statements) {
    }

    /** Waits (up to two minutes) until the run's cursor has moved, and returns it. */
    private static Long awaitCursor(long run) throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            var row = runRow(run);
            if (row.lastPartnerId() != null || !"ISSUING".equals(row.status())) {
                return row.lastPartnerId();
            }
            Thread.sleep(20);
        }
        return null;
    }

    private static RunRow runRow(long run) throws SQLException {
        var row = StatementFixtures.rows("""
                SELECT r.status, r.partners_done, r.last_partner_id,
                       (SELECT COUNT(*) FROM partner_statement s WHERE s.run_id = r.id)
                  FROM statement_run r WHERE r.id = ?""", run).get(0);
        return new RunRow((String) row[0], ((Number) row[1]).intValue(), row[2] == null ? null : ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    private static long statementsOf(long run) {
        return StatementFixtures.count("SELECT COUNT(*) FROM partner_statement WHERE run_id = ?", run);
    }

    /** {@code count} new partners, each with a 10 % revenue share agreement for the whole month, in one batch. */
    private static List<Long> partnersWithAnAgreementIn(YearMonth month, int count) throws SQLException {
        var db = TestDatabaseSession.coordinates();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var ids = new ArrayList<Long>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            connection.setAutoCommit(false);
            try (var partner = connection.prepareStatement(
                    "INSERT INTO partner (name, partner_type, tier) VALUES (?, 'TRAINING_PARTNER', 'Silver')",
                    Statement.RETURN_GENERATED_KEYS);
                 var agreement = connection.prepareStatement("INSERT INTO partner_agreement (partner_id, model,"
                         + " valid_from, valid_to, revenue_share_percent) VALUES (?, 'REVENUE_SHARE', ?, ?, 10.00)")) {
                for (int i = 0; i < count; i++) {
                    partner.setString(1, "IT Close Restart " + tag + " " + i);
                    partner.executeUpdate();
                    try (var keys = partner.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                    agreement.setLong(1, ids.get(i));
                    agreement.setObject(2, month.atDay(1));
                    agreement.setObject(3, month.atEndOfMonth());
                    agreement.addBatch();
                }
                agreement.executeBatch();
            }
            connection.commit();
        }
        return ids;
    }
}
