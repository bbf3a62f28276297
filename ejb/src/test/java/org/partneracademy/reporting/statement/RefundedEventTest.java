package org.partneracademy.reporting.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.enrollment.RegistrationEventType.CANCELLED;
import static org.partneracademy.enrollment.RegistrationEventType.COMPLETED;
import static org.partneracademy.enrollment.RegistrationEventType.REFUNDED;
import static org.partneracademy.reporting.statement.Ledger.JANUARY;
import static org.partneracademy.reporting.statement.Ledger.eur;
import static org.partneracademy.reporting.statement.Ledger.event;
import static org.partneracademy.reporting.statement.Ledger.jan;
import static org.partneracademy.reporting.statement.Ledger.registration;
import static org.partneracademy.reporting.statement.Ledger.revenueShare;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A REFUNDED event in the ledger is money (the registration's refunded amount), never the seat's outcome. */
class RefundedEventTest {

    @Test
    void aRefundAfterCompletionLeavesTheSeatChargedLessTheRefund() {
        var statement = Statements.settle(revenueShare("30"), JANUARY, StatementInput.ofRegistrations(List.of(
                registration(1, "500.00", "EUR", null, "50.00", 5, event(102, COMPLETED, jan(10)),
                        event(103, REFUNDED, jan(12))))));

        // 30 % of (500 - 50) = 135.00: still charged, the refund taken off.
        assertThat(statement.lines()).extracting(StatementLine::amount).containsExactly(eur("135.00"));
        assertThat(statement.lines().get(0).description()).doesNotContain("not charged");
    }

    @Test
    void aRefundDoesNotHideAFreeCancellationBeforeIt() {
        var statement = Statements.settle(revenueShare("30"), JANUARY, StatementInput.ofRegistrations(List.of(
                registration(1, "500.00", "EUR", null, "10.00", 5, event(102, CANCELLED, jan(6)),
                        event(103, REFUNDED, jan(7))))));

        assertThat(statement.lines()).extracting(StatementLine::amount).containsExactly(eur("0.00"));
        assertThat(statement.lines().get(0).description()).contains("CANCELLED_FREE, not charged");
    }
}
