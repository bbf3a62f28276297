package org.partneracademy.reporting.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.reporting.statement.Ledger.JANUARY;
import static org.partneracademy.reporting.statement.Ledger.eur;
import static org.partneracademy.reporting.statement.Ledger.jan;
import static org.partneracademy.reporting.statement.Ledger.payPerDelivery;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day rate times the trainer's ramp share, per delivery day. */
class PayPerDeliveryStatementTest {

    private static DeliveryDay day(long session, int dayOfJanuary, long trainer, TrainerRole role, String frozen, Long step) {
        return new DeliveryDay(session, jan(dayOfJanuary), trainer, role, frozen == null ? null : new BigDecimal(frozen), step);
    }

    private static Statement settle(SettlementTerms terms, DeliveryDay... days) {
        return Statements.settle(terms, JANUARY, StatementInput.ofDeliveryDays(List.of(days)));
    }

    @Test
    void leadsBillTheFullRateCandidatesTheirRampShare() {
        var statement = settle(payPerDelivery("800.00", null, null),
                day(50, 6, 1, TrainerRole.AUTHORISED_LEAD, null, null),
                day(50, 7, 1, TrainerRole.AUTHORISED_LEAD, null, null),
                day(50, 8, 1, TrainerRole.AUTHORISED_LEAD, "100", null),
                day(50, 6, 2, TrainerRole.CO_DELIVERY, null, 301L),
                day(50, 6, 3, TrainerRole.SHADOW, null, 302L),
                day(51, 9, 2, TrainerRole.CO_DELIVERY, "40", 303L));

        // three lead days 3 x 800; co-delivery at the default 50 % = 400; shadowing 0; frozen 40 % = 320
        assertThat(statement.lines()).extracting(StatementLine::amount).containsExactly(eur("800.00"), eur("800.00"),
                eur("800.00"), eur("400.00"), eur("0.00"), eur("320.00"));
        assertThat(statement.total("EUR")).isEqualTo(eur("3120.00"));
        assertThat(statement.lines().get(3).sources()).containsExactly(SourceRef.session(50), SourceRef.candidacyStep(301));
        assertThat(statement.lines().get(0).sources()).containsExactly(SourceRef.session(50));
        assertThat(statement.direction()).isEqualTo(InvoiceDirection.PARTNER_INVOICES_VENDOR);
    }

    @Test
    void theAgreementsRampFiguresApplyWhenNoneWasFrozen() {
        var statement = settle(payPerDelivery("800.00", "10", "60"),
                day(50, 6, 2, TrainerRole.CO_DELIVERY, null, null),
                day(50, 6, 3, TrainerRole.SHADOW, null, null),
                day(50, 7, 3, TrainerRole.SHADOW, "0", null));

        assertThat(statement.lines()).extracting(StatementLine::amount)
                .containsExactly(eur("480.00"), eur("80.00"), eur("0.00"));
        assertThat(statement.lines()).extracting(StatementLine::percent).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60"), new BigDecimal("10"), BigDecimal.ZERO);
    }

    @Test
    void rampSharesRoundHalfEvenPerDay() {
        var half = settle(payPerDelivery("0.01", null, null), day(50, 6, 2, TrainerRole.CO_DELIVERY, null, null));
        var halfUp = settle(payPerDelivery("0.03", null, null), day(50, 6, 2, TrainerRole.CO_DELIVERY, null, null));
        // 333.33 x 33.33 % = 111.098889 -> 111.10
        var odd = settle(payPerDelivery("333.33", null, null), day(50, 6, 2, TrainerRole.CO_DELIVERY, "33.33", 1L));

        assertThat(half.total("EUR")).isEqualTo(eur("0.00"));
        assertThat(halfUp.total("EUR")).isEqualTo(eur("0.02"));
        assertThat(odd.total("EUR")).isEqualTo(eur("111.10"));
    }
}
