package org.partneracademy.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.reporting.statement.StatementPeriod;

/** The report's query: filters add bound conditions only, and seats cancelled in time or voided are not charged. */
class RegistrationReportSqlTest {

    private static final StatementPeriod MARCH = StatementPeriod.of(YearMonth.of(2008, 3));

    @Test
    void withoutFiltersOnlyThePartnerAndThePeriodAreBound() {
        var sql = new RegistrationReportSql(RegistrationReportQuery.of(7, "2008-03"), MARCH);
        assertThat(sql.uses("partner")).isTrue();
        assertThat(sql.uses("periodStart")).isTrue();
        assertThat(sql.uses("course")).isFalse();
        assertThat(sql.rows()).doesNotContain("person_location fl", "session_instructor ft", ":course");
    }

    @Test
    void eachFilterAddsItsBoundConditionAndNeverItsValue() {
        var query = new RegistrationReportQuery(7L, "2008-03", 11L, 12L, 13L, 987654L, "O'Brien 100%");
        var sql = new RegistrationReportSql(query, MARCH);
        for (String name : new String[] {"location", "course", "offering", "trainer", "learner"}) {
            assertThat(sql.uses(name)).as(name).isTrue();
            assertThat(sql.rows()).contains(":" + name);
            assertThat(sql.totals()).contains(":" + name);
        }
        assertThat(sql.rows()).doesNotContain("987654", "Brien");
        assertThat(sql.rowsAfter()).contains("r.id > :after");
    }

    @Test
    void theTotalsCanBringBackEachCurrencysFirstIdsAndThePagesNeverWalkThePrimaryKey() {
        var sql = new RegistrationReportSql(RegistrationReportQuery.of(7L, "2008-03"), MARCH);
        assertThat(sql.totals(75)).contains("GROUP_CONCAT(CONCAT(t.id, '.') ORDER BY t.id SEPARATOR ',' LIMIT 75)");
        assertThat(sql.totals()).doesNotContain("GROUP_CONCAT");
        assertThat(sql.rows()).contains("IGNORE INDEX FOR ORDER BY (PRIMARY)");
        assertThat(sql.rowsAfter()).contains("IGNORE INDEX FOR ORDER BY (PRIMARY)");
        assertThat(RegistrationReportSql.rowsOf()).contains("r.id IN (:ids)").doesNotContain(":course", ":location");
    }

    /**
     * The first ids come back whole, or not at all: a list a small group_concat_max_len cut short, at an
     * id's end or in its middle (where "1203" would read as "12"), sends the page to the rows query.
     */
    @Test
    void theTotalsFirstIdsAreReadOnlyWhenWhole() {
        assertThat(RegistrationReportSql.firstIds("1201.,1202.,1203.", 3, 25)).contains(List.of(1201L, 1202L, 1203L));
        assertThat(RegistrationReportSql.firstIds("1201.,1202.", 40, 2)).as("more rows than asked for")
                .contains(List.of(1201L, 1202L));
        assertThat(RegistrationReportSql.firstIds("", 0, 25)).contains(List.of());
        assertThat(RegistrationReportSql.firstIds(null, 0, 25)).contains(List.of());
        assertThat(RegistrationReportSql.firstIds("1201.,1202.,12", 3, 25)).as("cut in an id").isEmpty();
        assertThat(RegistrationReportSql.firstIds("1201.,1202.,", 3, 25)).as("cut after a separator").isEmpty();
        assertThat(RegistrationReportSql.firstIds("1201.,1202.", 3, 25)).as("cut at an id's end").isEmpty();
        assertThat(RegistrationReportSql.firstIds("1201.,1202.,1203.", 2, 25)).as("more ids than counted").isEmpty();
    }

    @Test
    void theTotalsReadTheEnrollmentOnlyWhenAFilterNeedsIt() {
        var plain = new RegistrationReportSql(new RegistrationReportQuery(7L, "2008-03", null, null, 13L, 14L, null), MARCH);
        assertThat(plain.totals()).doesNotContain("JOIN enrollment", "display_name", "GROUP_CONCAT")
                .containsPattern("FROM registration r\\s+WHERE");
        var byCourse = new RegistrationReportSql(new RegistrationReportQuery(7L, "2008-03", null, 12L, null, null, null), MARCH);
        assertThat(byCourse.totals()).contains("e.course_id = :course").containsPattern("JOIN enrollment e ON e.id = r.enrollment_id\\s+WHERE");
        var byLocation = new RegistrationReportSql(new RegistrationReportQuery(7L, "2008-03", 11L, null, null, null, null), MARCH);
        assertThat(byLocation.totals()).contains("JOIN enrollment e", "fl.person_id = e.learner_id");
    }

    @Test
    void cancelledInTimeAndVoidedSeatsAreNotChargeable() {
        assertThat(RegistrationReportSql.chargeable("CANCELLED")).isFalse();
        assertThat(RegistrationReportSql.chargeable("VOIDED")).isFalse();
        assertThat(RegistrationReportSql.chargeable("LATE_CANCELLED")).isTrue();
        assertThat(RegistrationReportSql.chargeable("ATTENDED")).isTrue();
        assertThat(RegistrationReportSql.chargeable(null)).isFalse();
    }
}
