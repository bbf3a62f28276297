package org.partneracademy.reporting.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.enrollment.RegistrationEventType.VOIDED;
import static org.partneracademy.reporting.statement.Ledger.JANUARY;
import static org.partneracademy.reporting.statement.Ledger.eur;
import static org.partneracademy.reporting.statement.Ledger.event;
import static org.partneracademy.reporting.statement.Ledger.jan;
import static org.partneracademy.reporting.statement.Ledger.licensing;
import static org.partneracademy.reporting.statement.Ledger.moved;
import static org.partneracademy.reporting.statement.Ledger.seat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.reporting.statement.UsageLine.Metric;

/** The licence fee accrued day by day over the agreement year, and usage against the licensed limits. */
class ContentLicensingStatementTest {

    private static final StatementInput NO_USAGE = new StatementInput(null, null, null, null);

    @Test
    void aMonthIsInvoicedTheFeeAccruedByItsEndLessTheFeeAccruedBefore() {
        var terms = licensing("12000.00", jan(1), null);

        // 12000 x 31/365 = 1019.178 -> 1019.18; 12000 x 59/365 = 1939.726 -> 1939.73, less 1019.18 = 920.55
        var january = Statements.settle(terms, JANUARY, NO_USAGE);
        var february = Statements.settle(terms, StatementPeriod.of(YearMonth.of(2030, 2)), NO_USAGE);

        assertThat(january.lines()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(eur("1019.18"));
            assertThat(line.description()).contains("days 1 to 31 of 365");
            assertThat(line.sources()).containsExactly(SourceRef.agreement(9));
        });
        assertThat(february.total("EUR")).isEqualTo(eur("920.55"));
        assertThat(january.direction()).isEqualTo(InvoiceDirection.VENDOR_INVOICES_PARTNER);
    }

    @Test
    void theTwelveMonthsOfAnAgreementYearAddUpToExactlyTheFee() {
        var terms = licensing("12000.00", jan(1), null);
        var year = eur("0.00");
        for (int month = 1; month <= 12; month++) {
            year = year.plus(Statements.settle(terms, StatementPeriod.of(YearMonth.of(2030, month)), NO_USAGE).total("EUR"));
        }
        assertThat(year).isEqualTo(eur("12000.00"));
    }

    @Test
    void aPeriodAcrossAnAnniversaryHasOneLinePerAgreementYear() {
        var terms = licensing("12000.00", LocalDate.of(2030, 7, 15), null);

        var july = Statements.settle(terms, StatementPeriod.of(YearMonth.of(2031, 7)), NO_USAGE);

        // first year (365 days): 12000 - round(12000 x 351/365 = 11539.726) = 460.27;
        // second year (366 days, 29 Feb 2032): 12000 x 17/366 = 557.377 -> 557.38
        assertThat(july.lines()).extracting(StatementLine::amount).containsExactly(eur("460.27"), eur("557.38"));
        assertThat(july.lines().get(1).description()).contains("2031-07-15 to 2031-07-31", "days 1 to 17 of 366");
        assertThat(july.total("EUR")).isEqualTo(eur("1017.65"));
    }

    @Test
    void anAgreementStartingOrEndingInThePeriodIsInvoicedOnlyItsDays() {
        var starting = Statements.settle(licensing("12000.00", jan(20), null), JANUARY, NO_USAGE);
        var ending = Statements.settle(licensing("12000.00", jan(1), jan(10)), JANUARY, NO_USAGE);

        // 12000 x 12/365 = 394.52; 12000 x 10/365 = 328.77
        assertThat(starting.total("EUR")).isEqualTo(eur("394.52"));
        assertThat(ending.total("EUR")).isEqualTo(eur("328.77"));
    }

    @Test
    void usageOverTheLicensedLimitsIsFlagged() {
        var input = new StatementInput(List.of(
                seat(1, "100.00", "EUR"),
                seat(2, "100.00", "EUR", moved(202, jan(4), 8), moved(203, jan(6), 9)),
                seat(3, "100.00", "EUR"),
                seat(4, "100.00", "EUR", event(402, VOIDED, jan(5)))),
                null, List.of(7L, 8L, 8L, 9L), new LicenceLimits(2, 3));

        var statement = Statements.settle(licensing("12000.00", jan(1), null), JANUARY, input);

        var sessions = statement.usage().get(0);
        assertThat(sessions.metric()).isEqualTo(Metric.SESSIONS_DELIVERED);
        assertThat(sessions.used()).isEqualTo(3);
        assertThat(sessions.overUsed()).isTrue();
        assertThat(sessions.overBy()).isEqualTo(1);
        assertThat(sessions.sources()).containsExactly(SourceRef.session(7), SourceRef.session(8), SourceRef.session(9));
        var seats = statement.usage().get(1);
        assertThat(seats.metric()).isEqualTo(Metric.LEARNER_SEATS);
        assertThat(seats.used()).isEqualTo(3);
        assertThat(seats.overUsed()).isFalse();
        assertThat(seats.sources()).containsExactly(SourceRef.registration(1), SourceRef.registration(2),
                SourceRef.registration(3));
        assertThat(statement.overUsed()).isTrue();
        assertThat(statement.total("EUR")).isEqualTo(eur("1019.18"));
    }

    @Test
    void unlimitedUsageIsNeverOverUsed() {
        var input = new StatementInput(List.of(seat(1, "100.00", "EUR")), null, List.of(7L), null);

        var statement = Statements.settle(licensing("12000.00", jan(1), null), JANUARY, input);

        assertThat(statement.usage()).extracting(UsageLine::used).containsExactly(1L, 1L);
        assertThat(statement.usage()).extracting(UsageLine::limit).containsOnlyNulls();
        assertThat(statement.overUsed()).isFalse();
    }
}
