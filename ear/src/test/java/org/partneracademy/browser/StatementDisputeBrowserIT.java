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
 * A dispute that finance rejects, in a real browser: the partner admin disputes a line of a statement the
 * real close issued (2005-02); on the dispute desk an adjustment with three decimals is refused and the
 * dispute stays open; finance rejects it; the statement stays at its first revision. The adjusted and
 * confirmed way is {@link SettlementJourneyBrowserIT}.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class StatementDisputeBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void financeRejectsADisputeAndAnAmountWithThreeDecimalsIsRefusedOnThePage() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2005, 2));
        String admin = issued.partner().adminUsername();
        String comment = "Not our learner " + issued.statementId();

        LoginPage.open(browser).signIn(admin);
        browser.assertAccessible(); // the landing page after signing in
        StatementPage.open(browser, issued.statementId()).dispute(1, comment).signOut().signIn("finance");
        browser.assertAccessible(); // the landing page after signing in

        var desk = DisputeDeskPage.open(browser);
        desk.adjust(comment, "-12.505", "Too precise");
        assertThat(desk.errors()).isNotEmpty();
        assertThat(desk.comments()).anyMatch(c -> c.contains(comment));
        desk.reject(comment, "The learner is yours");
        assertThat(desk.comments()).noneMatch(c -> c.contains(comment));
        desk.signOut().signIn(admin);
        browser.assertAccessible(); // the landing page after signing in

        var statement = StatementPage.open(browser, issued.statementId());
        assertThat(statement.status()).isEqualTo("ISSUED");
        assertThat(statement.revision()).isEqualTo("1");
        assertThat(statement.lineDescriptions()).hasSize(3);
    }
}
