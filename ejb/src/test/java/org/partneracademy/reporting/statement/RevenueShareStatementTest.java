package org.partneracademy.reporting.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.enrollment.RegistrationEventType.ATTENDED;
import static org.partneracademy.enrollment.RegistrationEventType.CANCELLED;
import static org.partneracademy.enrollment.RegistrationEventType.COMPLETED;
import static org.partneracademy.enrollment.RegistrationEventType.LATE_CANCELLED;
import static org.partneracademy.enrollment.RegistrationEventType.NO_SHOW;
import static org.partneracademy.enrollment.RegistrationEventType.VOIDED;
import static org.partneracademy.reporting.statement.Ledger.JANUARY;
import static org.partneracademy.reporting.statement.Ledger.eur;
import static org.partneracademy.reporting.statement.Ledger.event;
import static org.partneracademy.reporting.statement.Ledger.jan;
import static org.partneracademy.reporting.statement.Ledger.moved;
import static org.partneracademy.reporting.statement.Ledger.registration;
import static org.partneracademy.reporting.statement.Ledger.revenueShare;
import static org.partneracademy.reporting.statement.Ledger.seat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.partner.AgreementModel;

/** The partner's percentage of net registration revenue, hand-checked line by line. */
class RevenueShareStatementTest {

    private static Statement settle(String percent, LedgerRegistration... registrations) {
        return Statements.settle(revenueShare(percent), JANUARY, StatementInput.ofRegistrations(List.of(registrations)));
    }

    @Test
    void theShareIsOfListPriceLessDiscountAndRefund() {
        var statement = settle("30",
                registration(1, "1000.00", "EUR", "100.00", null, 5, event(102, ATTENDED, jan(20))),
                registration(2, "500.00", "EUR", null, "50.00", 6, event(202, COMPLETED, jan(21))));

        // 30 % of (1000 - 100) = 270.00; 30 % of (500 - 50) = 135.00
        assertThat(statement.lines()).extracting(line -> line.basis().amount())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("900"), new BigDecimal("450"));
        assertThat(statement.lines()).extracting(StatementLine::amount).containsExactly(eur("270.00"), eur("135.00"));
        assertThat(statement.total("EUR")).isEqualTo(eur("405.00"));
        assertThat(statement.direction()).isEqualTo(InvoiceDirection.PARTNER_INVOICES_VENDOR);
        assertThat(statement.model()).isEqualTo(AgreementModel.REVENUE_SHARE);
    }

    @Test
    void voidedAndFreelyCancelledSeatsEarnNothingButLateCancellationsAndNoShowsDo() {
        var statement = settle("30",
                seat(1, "800.00", "EUR", event(102, VOIDED, jan(9))),
                seat(2, "800.00", "EUR", event(202, CANCELLED, jan(9))),
                seat(3, "600.00", "EUR", event(302, LATE_CANCELLED, jan(9))),
                seat(4, "100.00", "EUR", event(402, NO_SHOW, jan(9))));

        assertThat(statement.lines()).extracting(StatementLine::amount)
                .containsExactly(eur("0.00"), eur("0.00"), eur("180.00"), eur("30.00"));
        assertThat(statement.lines().get(0).description()).contains("VOIDED, not charged");
        assertThat(statement.lines().get(1).description()).contains("CANCELLED_FREE, not charged");
        assertThat(statement.total("EUR")).isEqualTo(eur("210.00"));
    }

    @Test
    void aSeatMovedBetweenSessionsIsCountedOnceAndTracesEveryEvent() {
        var statement = settle("30", seat(2, "500.00", "EUR", moved(202, jan(10), 71), moved(203, jan(12), 72),
                event(204, ATTENDED, jan(15))));

        assertThat(statement.lines()).hasSize(1);
        assertThat(statement.lines().get(0).amount()).isEqualTo(eur("150.00"));
        assertThat(statement.lines().get(0).sources()).containsExactly(SourceRef.registration(2), SourceRef.event(201),
                SourceRef.event(202), SourceRef.event(203), SourceRef.event(204));
    }

    @Test
    void eventsAfterThePeriodAreLeftToTheNextPeriod() {
        var statement = settle("30", seat(7, "100.00", "EUR", new LedgerEvent(702, VOIDED, LocalDate.of(2030, 2, 2), null)));

        assertThat(statement.lines().get(0).amount()).isEqualTo(eur("30.00"));
        assertThat(statement.lines().get(0).sources()).containsExactly(SourceRef.registration(7), SourceRef.event(701));
    }

    @Test
    void eachLineIsRoundedHalfEvenAndTheTotalIsTheSumOfRoundedLines() {
        // 12.5 % of 0.04 = 0.005 -> 0.00; of 0.12 = 0.015 -> 0.02 (three times, exact sum 0.045 would give 0.04)
        var halfDown = settle("12.5", seat(1, "0.04", "EUR"));
        var threeHalvesUp = settle("12.5", seat(1, "0.12", "EUR"), seat(2, "0.12", "EUR"), seat(3, "0.12", "EUR"));

        assertThat(halfDown.lines().get(0).amount()).isEqualTo(eur("0.00"));
        assertThat(threeHalvesUp.lines()).extracting(StatementLine::amount)
                .containsExactly(eur("0.02"), eur("0.02"), eur("0.02"));
        assertThat(threeHalvesUp.total("EUR")).isEqualTo(eur("0.06"));
    }

    @Test
    void currenciesAreTotalledApartEachToItsMinorUnit() {
        var statement = settle("33.33",
                seat(1, "1000.00", "EUR"),
                seat(2, "300.00", "USD"),
                seat(3, "10001", "JPY"),
                seat(4, "200.00", "EUR"));

        // EUR: 333.30 + 66.66; USD: 99.99; JPY: 3333.3333 -> 3333
        assertThat(statement.totals()).containsOnlyKeys("EUR", "JPY", "USD");
        assertThat(statement.total("EUR")).isEqualTo(eur("399.96"));
        assertThat(statement.total("USD")).isEqualTo(new Money(new BigDecimal("99.99"), "USD"));
        assertThat(statement.total("JPY")).isEqualTo(new Money(new BigDecimal("3333"), "JPY"));
        assertThat(statement.total("GBP")).isEqualTo(new Money(new BigDecimal("0.00"), "GBP"));
    }

    @Test
    void aFullShareAndAnEmptyPeriodAreSettledToo() {
        assertThat(settle("100", seat(1, "99.99", "EUR")).total("EUR")).isEqualTo(eur("99.99"));
        var empty = settle("30");
        assertThat(empty.lines()).isEmpty();
        assertThat(empty.totals()).isEmpty();
    }
}
