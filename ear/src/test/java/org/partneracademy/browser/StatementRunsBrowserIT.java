package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.StatementFixtures;

/**
 * Finance closes a month on the statement runs page and watches it finish as the page polls: November
 * 2009 (this test's own month), with three partners due a statement.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class StatementRunsBrowserIT {

    private static final YearMonth MONTH = YearMonth.of(2009, 11);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void financeClosesAMonthAndWatchesTheRunFinish() {
        var offering = StatementFixtures.offering("300.00", "EUR");
        var partners = new long[3];
        var names = new String[3];
        for (int i = 0; i < partners.length; i++) {
            var partner = StatementFixtures.partner("runs page " + i);
            partners[i] = partner.id();
            names[i] = partner.name();
            StatementFixtures.agreement(partner.id(), "REVENUE_SHARE", MONTH, "15.00", null);
            StatementFixtures.registration(partner.id(), StatementFixtures.learner(partner), offering, null, "0.00",
                    MONTH.atDay(10 + i).atTime(9, 0));
        }
        String period = MONTH.toString();

        var page = StatementRunsPage.openSigningInAs(browser, "finance").close(period);
        assertThat(page.notices()).isNotEmpty();
        page.awaitFinished(period);

        assertThat(page.status(period)).isEqualTo("Issued");
        assertThat(page.issued(period)).isEqualTo("3");
        for (long partner : partners) {
            assertThat(StatementFixtures.statementIds(partner, MONTH)).hasSize(1);
        }

        // Finance opens one partner's statement from the vendor's overview: to read it, not to review it.
        var statement = page.openStatementOverview().showPeriod(period).open(names[1]);
        assertThat(statement.partner()).isEqualTo(names[1]);
        assertThat(statement.status()).isEqualTo("ISSUED");
        assertThat(statement.lineAmounts()).isNotEmpty();
        assertThat(statement.canConfirm()).as("finance reads a partner's statement; the partner reviews it").isFalse();
        browser.assertAccessible();
    }
}
