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
 * A statement's review in a real browser: the partner admin disputes a line of a statement the real close
 * issued (2005-01), finance adjusts it on the dispute desk, the partner admin reads the re-issued revision
 * with its adjustment line, confirms it, and the statement shows its number and hash.
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
    void thePartnerDisputesALineFinanceAdjustsAndThePartnerConfirms() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2005, 1));
        String admin = issued.partner().adminUsername();
        String comment = "Seat two was cancelled " + issued.statementId();

        LoginPage.open(browser).signIn(admin);
        browser.assertAccessible(); // the landing page after signing in
        var statement = StatementPage.open(browser, issued.statementId());
        assertThat(statement.status()).isEqualTo("ISSUED");
        assertThat(statement.lineDescriptions()).hasSize(3);
        assertThat(statement.canConfirm()).isTrue();

        statement.dispute(2, comment);
        assertThat(statement.notices()).isNotEmpty();
        assertThat(statement.status()).isEqualTo("DISPUTED");
        assertThat(statement.canConfirm()).isFalse();
        statement.signOut().signIn("finance");
        browser.assertAccessible(); // the landing page after signing in

        var desk = DisputeDeskPage.open(browser);
        assertThat(desk.comments()).anyMatch(c -> c.contains(comment));
        desk.adjust(comment, "-12.50", "Half a day refunded");
        assertThat(desk.errors()).isEmpty();
        assertThat(desk.comments()).noneMatch(c -> c.contains(comment));
        desk.signOut().signIn(admin);
        browser.assertAccessible(); // the landing page after signing in

        statement = StatementPage.open(browser, issued.statementId());
        assertThat(statement.status()).isEqualTo("ISSUED");
        assertThat(statement.revision()).isEqualTo("2");
        assertThat(statement.lineDescriptions()).hasSize(4).last().asString().contains("Half a day refunded");
        assertThat(statement.lineAmounts()).last().isEqualTo("-12.50");

        statement.confirm();
        assertThat(statement.errors()).isEmpty();
        assertThat(statement.status()).isEqualTo("LOCKED");
        assertThat(statement.number()).matches("ST-\\d{4}-\\d{6}");
        assertThat(statement.contentHash()).matches("[0-9a-f]{64}");
        assertThat(statement.canConfirm()).isFalse();
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
