package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * The demo data's last month (ear/src/demo/sql/V15, dated from the day the test database was created):
 * every demo partner admin's registration report for last month is non-empty and adds up to the ledger
 * rows read back with JDBC and summed here (state at the end of the month, cancelled-in-time and voided
 * seats earning nothing); and last month's registrations and deliveries cover the four agreement models.
 * Nothing is closed: last month belongs to the demo.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class DemoLedgerIT {

    private static final YearMonth LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pa.northwind", "pa.contoso", "pa.fabrikam", "pa.tailspin", "pa.wingtip"})
    void aPartnerAdminsLastMonthReportAddsUpToTheLedger(String admin) throws SQLException {
        long partner;
        TreeMap<String, Sums> ledger;
        Set<Long> ledgerIds;
        try (var connection = connect()) {
            partner = partnerOf(connection, admin);
            var registrations = ledgerRows(connection, partner);
            ledgerIds = new HashSet<>();
            ledger = new TreeMap<>();
            for (var r : registrations) {
                ledgerIds.add(r.id());
                ledger.merge(r.currency(), Sums.of(r), Sums::plus);
            }
        }
        var json = JsonPath.from(as(admin).queryParam("period", LAST_MONTH.toString()).queryParam("size", 100)
                .get(V1 + "/partners/" + partner + "/registration-report").then().statusCode(200).extract().asString());

        assertThat(json.getLong("total")).as("registrations in %s's report", admin).isPositive()
                .isEqualTo(ledgerIds.size());
        assertThat(json.getList("rows.registrationId", Long.class)).containsExactlyInAnyOrderElementsOf(ledgerIds);
        assertThat(json.getList("totals.currency", String.class)).containsExactlyElementsOf(ledger.keySet());
        for (int i = 0; i < ledger.size(); i++) {
            var expected = ledger.get(json.getString("totals[" + i + "].currency"));
            assertThat(json.getLong("totals[" + i + "].registrations")).isEqualTo(expected.registrations());
            assertThat(decimal(json, "totals[" + i + "].listPrice")).isEqualByComparingTo(expected.listPrice());
            assertThat(decimal(json, "totals[" + i + "].discount")).isEqualByComparingTo(expected.discount());
            assertThat(decimal(json, "totals[" + i + "].net")).isEqualByComparingTo(expected.net());
        }
    }

    /** The demo gives a close of last month something to settle under each model. */
    @Test
    void lastMonthsLedgerCoversTheFourModels() throws SQLException {
        try (var connection = connect()) {
            var models = new HashSet<String>();
            try (var statement = connection.prepareStatement("""
                    SELECT DISTINCT a.model FROM registration r JOIN partner_agreement a ON a.id = r.agreement_id
                     WHERE r.created_at >= ? AND r.created_at < ?""")) {
                bindMonth(statement, 1);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        models.add(rows.getString(1));
                    }
                }
            }
            assertThat(models).contains("RESELLER", "CONTENT_LICENSING", "PAY_PER_DELIVERY")
                    .containsAnyOf("REVENUE_SHARE", "CONTENT_LICENSING");
            assertThat(models).hasSizeGreaterThanOrEqualTo(LAST_MONTH.getMonthValue() == 12 ? 3 : 4);

            // Tailspin's trainers delivered last month: an authorised lead and a candidate with a frozen share.
            try (var statement = connection.prepareStatement("""
                    SELECT i.role, COUNT(*), MAX(cs.billing_percent)
                      FROM training_session t
                      JOIN partner p ON p.id = t.delivering_partner_id AND p.name = 'Tailspin Training'
                      JOIN session_day d ON d.session_id = t.id
                      JOIN session_instructor i ON i.session_id = t.id
                      LEFT JOIN candidacy_step cs ON cs.session_id = t.id AND cs.kind = 'CO_DELIVERY'
                     WHERE d.day >= ? AND d.day <= ? GROUP BY i.role ORDER BY i.role""")) {
                statement.setObject(1, LAST_MONTH.atDay(1));
                statement.setObject(2, LAST_MONTH.atEndOfMonth());
                try (var rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("CO");
                    assertThat(rows.getInt(2)).isEqualTo(4);
                    assertThat(rows.getBigDecimal(3)).isEqualByComparingTo("50");
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("LEAD");
                    assertThat(rows.getInt(2)).isEqualTo(4);
                }
            }
        }
    }

    /** The demo partner admins see only their own report: another partner's is 404. */
    @Test
    void theNewDemoAdminsSeeOnlyTheirOwnReport() throws SQLException {
        long wingtip;
        try (var connection = connect()) {
            wingtip = partnerOf(connection, "pa.wingtip");
        }
        as("pa.tailspin").queryParam("period", LAST_MONTH.toString())
                .get(V1 + "/partners/" + wingtip + "/registration-report").then().statusCode(404);
        as("pa.wingtip").queryParam("period", LAST_MONTH.toString())
                .get(V1 + "/partners/" + wingtip + "/registration-report").then().statusCode(200);
    }

    private record Row(long id, String currency, BigDecimal listPrice, BigDecimal discount, String state) {
    }

    private record Sums(long registrations, BigDecimal listPrice, BigDecimal discount, BigDecimal net) {

        static Sums of(Row r) {
            boolean charged = !r.state().equals("CANCELLED") && !r.state().equals("VOIDED");
            return new Sums(1, r.listPrice(), r.discount(),
                    charged ? r.listPrice().subtract(r.discount()) : BigDecimal.ZERO);
        }

        Sums plus(Sums other) {
            return new Sums(registrations + other.registrations, listPrice.add(other.listPrice),
                    discount.add(other.discount), net.add(other.net));
        }
    }

    /**
     * The partner's registrations (sold by it or delivered by it) with a ledger event last month, each with
     * its latest event up to the month's end: the rows as stored, the arithmetic done here.
     */
    private static List<Row> ledgerRows(Connection connection, long partner) throws SQLException {
        var rows = new ArrayList<Row>();
        try (var statement = connection.prepareStatement("""
                SELECT r.id, r.currency, r.list_price, r.discount_amount, v.event_type
                  FROM registration r
                  JOIN registration_event v ON v.registration_id = r.id AND v.occurred_at < ?
                 WHERE (r.selling_partner_id = ? OR r.delivering_partner_id = ?)
                   AND EXISTS (SELECT 1 FROM registration_event p WHERE p.registration_id = r.id
                               AND p.occurred_at >= ? AND p.occurred_at < ?)
                 ORDER BY r.id, v.occurred_at, v.id""")) {
            var from = Timestamp.valueOf(LAST_MONTH.atDay(1).atStartOfDay());
            var end = Timestamp.valueOf(LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay());
            statement.setTimestamp(1, end);
            statement.setLong(2, partner);
            statement.setLong(3, partner);
            statement.setTimestamp(4, from);
            statement.setTimestamp(5, end);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    var row = new Row(result.getLong(1), result.getString(2), result.getBigDecimal(3),
                            result.getBigDecimal(4), result.getString(5));
                    if (!row.state().equals("REFUNDED")) {
                        // Ordered by time: the last event read is the state at the month's end.
                        if (!rows.isEmpty() && rows.get(rows.size() - 1).id() == row.id()) {
                            rows.set(rows.size() - 1, row);
                        } else {
                            rows.add(row);
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static void bindMonth(java.sql.PreparedStatement statement, int first) throws SQLException {
        statement.setTimestamp(first, Timestamp.valueOf(LAST_MONTH.atDay(1).atStartOfDay()));
        statement.setTimestamp(first + 1, Timestamp.valueOf(LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay()));
    }

    private static long partnerOf(Connection connection, String username) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT partner_id FROM person WHERE username = ?")) {
            statement.setString(1, username);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("demo login %s", username).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        var db = TestDatabaseSession.coordinates();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }
}
