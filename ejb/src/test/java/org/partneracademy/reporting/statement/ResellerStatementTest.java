package org.partneracademy.reporting.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.enrollment.RegistrationEventType.CANCELLED;
import static org.partneracademy.enrollment.RegistrationEventType.COMPLETED;
import static org.partneracademy.enrollment.RegistrationEventType.LATE_CANCELLED;
import static org.partneracademy.enrollment.RegistrationEventType.VOIDED;
import static org.partneracademy.reporting.statement.Ledger.JANUARY;
import static org.partneracademy.reporting.statement.Ledger.eur;
import static org.partneracademy.reporting.statement.Ledger.event;
import static org.partneracademy.reporting.statement.Ledger.jan;
import static org.partneracademy.reporting.statement.Ledger.moved;
import static org.partneracademy.reporting.statement.Ledger.registration;
import static org.partneracademy.reporting.statement.Ledger.reseller;
import static org.partneracademy.reporting.statement.Ledger.seat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seats consumed in the period, invoiced to the partner at its discount off list. */
class ResellerStatementTest {

    private static Statement settle(String discount, LedgerRegistration... registrations) {
        return Statements.settle(reseller(discount, null), JANUARY, StatementInput.ofRegistrations(List.of(registrations)));
    }

    @Test
    void eachConsumedSeatIsListLessThePartnersDiscount() {
        var statement = settle("20",
                seat(1, "1000.00", "EUR"),
                seat(2, "1000.00", "EUR", moved(202, jan(5), 71), event(203, COMPLETED, jan(9))),
                seat(3, "450.00", "EUR", event(302, LATE_CANCELLED, jan(4))));

        // 80 % of 1000 twice (the moved seat once), 80 % of 450 = 360
        assertThat(statement.lines()).extracting(StatementLine::amount)
                .containsExactly(eur("800.00"), eur("800.00"), eur("360.00"));
        assertThat(statement.lines()).extracting(StatementLine::percent)
                .usingElementComparator(BigDecimal::compareTo).containsOnly(new BigDecimal("80"));
        assertThat(statement.total("EUR")).isEqualTo(eur("1960.00"));
        assertThat(statement.direction()).isEqualTo(InvoiceDirection.VENDOR_INVOICES_PARTNER);
    }

    @Test
    void voidedAndFreelyCancelledSeatsAreNotConsumed() {
        var statement = settle("20",
                seat(1, "1000.00", "EUR", event(102, VOIDED, jan(3))),
                seat(2, "1000.00", "EUR", event(202, CANCELLED, jan(3))));

        assertThat(statement.lines()).extracting(StatementLine::amount).containsExactly(eur("0.00"), eur("0.00"));
        assertThat(statement.lines().get(0).sources()).containsExactly(SourceRef.registration(1), SourceRef.event(101),
                SourceRef.event(102));
        assertThat(statement.total("EUR")).isEqualTo(eur("0.00"));
    }

    @Test
    void theLearnersOwnDiscountAndRefundAreNotRead() {
        var statement = settle("20", registration(1, "1000.00", "EUR", "300.00", "100.00", 2));

        assertThat(statement.total("EUR")).isEqualTo(eur("800.00"));
    }

    @Test
    void seatAmountsRoundHalfEvenPerLine() {
        // 87.5 % of 0.04 = 0.035 -> 0.04; of 0.12 = 0.105 -> 0.10
        var statement = settle("12.5", seat(1, "0.04", "EUR"), seat(2, "0.12", "EUR"));

        assertThat(statement.lines()).extracting(StatementLine::amount).containsExactly(eur("0.04"), eur("0.10"));
        assertThat(statement.total("EUR")).isEqualTo(eur("0.14"));
    }

    @Test
    void seatsInSeveralCurrenciesAreTotalledApart() {
        var statement = settle("25", seat(1, "100.00", "EUR"), seat(2, "100.00", "CHF"), seat(3, "99.99", "CHF"));

        assertThat(statement.total("EUR")).isEqualTo(eur("75.00"));
        // 74.9925 -> 74.99; 75.00 + 74.99
        assertThat(statement.total("CHF")).isEqualTo(new Money(new BigDecimal("149.99"), "CHF"));
    }
}
