package org.partneracademy.reporting.issue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.reporting.ledger.AgreementWindow;
import org.partneracademy.reporting.statement.LicenceLimits;
import org.partneracademy.reporting.statement.SettlementTerms;
import org.partneracademy.reporting.statement.StatementPeriod;

/** One partner's agreements in a period: one after the other is fine, two on the same day are refused. */
class AgreementOverlapTest {

    private static final StatementPeriod MARCH = StatementPeriod.of(YearMonth.of(2026, 3));

    @Test
    void anAgreementEndingTheDayBeforeTheNextStartsIsNoOverlap() {
        var first = window(1, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 14));
        var second = window(2, LocalDate.of(2026, 3, 15), null);

        assertThatCode(() -> StatementIssuer.requireNoOverlap(7, List.of(first, second))).doesNotThrowAnyException();
    }

    @Test
    void twoAgreementsInForceOnTheSameDayAreRefusedByName() {
        var first = window(1, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 15));
        var second = window(2, LocalDate.of(2026, 3, 15), null);

        assertThatThrownBy(() -> StatementIssuer.requireNoOverlap(7, List.of(first, second)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Partner 7 has overlapping agreements 1 and 2");
    }

    @Test
    void theWindowIsTheAgreementsDaysWithinThePeriod() {
        var endsMidMonth = window(1, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 14));
        var startsMidMonth = window(2, LocalDate.of(2026, 3, 15), null);

        org.assertj.core.api.Assertions.assertThat(endsMidMonth.window())
                .isEqualTo(new StatementPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14)));
        org.assertj.core.api.Assertions.assertThat(startsMidMonth.window())
                .isEqualTo(new StatementPeriod(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 31)));
    }

    private static AgreementWindow window(long id, LocalDate from, LocalDate to) {
        var terms = new SettlementTerms(id, AgreementModel.REVENUE_SHARE, from, to, null, null, null,
                new BigDecimal("20"), null, null, null);
        return AgreementWindow.of(7, terms, LicenceLimits.UNLIMITED, MARCH);
    }
}
