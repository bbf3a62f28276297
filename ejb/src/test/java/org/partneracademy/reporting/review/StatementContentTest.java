package org.partneracademy.reporting.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementUsage;
import org.partneracademy.reporting.statement.InvoiceDirection;
import org.partneracademy.reporting.statement.Money;
import org.partneracademy.reporting.statement.SourceRef;
import org.partneracademy.reporting.statement.StatementLine;
import org.partneracademy.reporting.statement.StatementPeriod;
import org.partneracademy.reporting.statement.UsageLine;

/** The canonical text and hash of a locked statement, the number format and finance's amounts. */
class StatementContentTest {

    private static final Instant AT = Instant.parse("2005-02-03T10:00:00Z");

    private final PartnerStatement statement = new PartnerStatement(1, 7, 9, AgreementModel.values()[0],
            InvoiceDirection.values()[0], new StatementPeriod(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 31)),
            List.of(new StatementUsage(UsageLine.Metric.values()[0], 3, null, false)), AT, AT.plusSeconds(86400));

    @Test
    void theCanonicalTextListsHeaderLinesAndUsageInOrder() {
        var text = StatementContent.canonical(statement, "ST-2005-000001",
                List.of(line(2, "120.50", "Adjustment | for dispute\n3"), line(1, "10.00", "Seat")));

        assertThat(text).startsWith("partner-statement/1\nnumber=ST-2005-000001\n")
                .contains("period=2005-01-01..2005-01-31 revision=1\n")
                .contains("line=1|REVENUE_SHARE|10|EUR|10|-|REGISTRATION:5|Seat\n"
                        + "line=2|REVENUE_SHARE|120.5|EUR|120.5|-|REGISTRATION:5|Adjustment \\| for dispute\\n3\n")
                .endsWith("usage=" + UsageLine.Metric.values()[0] + "|3|-|false\n");
    }

    @Test
    void theHashIgnoresTheDatabaseScaleButNotTheAmount() {
        var stored = StatementContent.hash(statement, "ST-2005-000001", List.of(line(1, "10.00", "Seat")));

        assertThat(stored).hasSize(64).matches("[0-9a-f]+");
        assertThat(StatementContent.hash(statement, "ST-2005-000001", List.of(line(1, "10.0", "Seat")))).isEqualTo(stored);
        assertThat(StatementContent.hash(statement, "ST-2005-000001", List.of(line(1, "10.01", "Seat")))).isNotEqualTo(stored);
        assertThat(StatementContent.hash(statement, "ST-2005-000002", List.of(line(1, "10.00", "Seat")))).isNotEqualTo(stored);
    }

    @Test
    void sha256OfTheEmptyTextIsTheKnownValue() {
        assertThat(StatementContent.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void numbersAreYearAndSixDigits() {
        assertThat(StatementNumbers.format(2005, 42)).isEqualTo("ST-2005-000042");
    }

    @Test
    void financeAmountsKeepTheCurrencysDecimalsAndAreNeverZero() {
        assertThat(StatementDisputes.amount("-12.5", "EUR")).isEqualByComparingTo("-12.50").hasScaleOf(2);
        assertThat(StatementDisputes.amount("500", "JPY")).isEqualByComparingTo("500");
        assertThatThrownBy(() -> StatementDisputes.amount("0.00", "EUR")).isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> StatementDisputes.amount("5.5", "JPY")).isInstanceOf(InvalidFieldsException.class)
                .hasMessageContaining("JPY");
    }

    private static PartnerStatementLine line(int no, String amount, String description) {
        var money = new Money(new BigDecimal(amount), "EUR");
        return new PartnerStatementLine(1, no, new StatementLine(StatementLine.Kind.REVENUE_SHARE, description, money, null,
                money, List.of(SourceRef.registration(5))), PartnerStatementLine.Context.NONE, "test", AT);
    }
}
