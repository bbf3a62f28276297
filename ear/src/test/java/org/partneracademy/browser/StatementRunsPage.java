package org.partneracademy.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /admin/statement-runs.xhtml: the vendor admin or finance closes a period and watches its progress. */
public final class StatementRunsPage extends SignedInPage {

    static final String PATH = "/admin/statement-runs.xhtml";

    private static final By PERIOD = By.id("closeForm:period");
    private static final String ROWS = "runs:list_data";

    StatementRunsPage(Browser browser) {
        super(browser, PATH, PERIOD);
    }

    /** Opens the page; signed out, signs in as {@code user} on the way (sign-in returns to the page asked for). */
    public static StatementRunsPage openSigningInAs(Browser browser, String user) {
        openSigningInAs(browser, PATH, user);
        return new StatementRunsPage(browser);
    }

    /** Starts the close of {@code period} (yyyy-MM); its run shows in the list. */
    public StatementRunsPage close(String period) {
        type(PERIOD, period);
        browser.clickAndAwaitReplacement(find(By.id("closeForm:start")), find(By.id("runs:list")));
        browser.waitForVisible(rowWhere(ROWS, 1, period));
        browser.assertAccessible();
        return this;
    }

    /** The status of the period's newest run as shown, e.g. "Issuing" or "Issued". */
    public String status(String period) {
        return cell(period, "status");
    }

    /** The statements the period's newest run has issued, as shown. */
    public String issued(String period) {
        return cell(period, "issued");
    }

    /** Waits, as the page polls, until the period's run is no longer issuing (up to two minutes). */
    public StatementRunsPage awaitFinished(String period) {
        new WebDriverWait(browser.driver(), Duration.ofMinutes(2), Duration.ofMillis(500))
                .withMessage("the close of " + period + " to finish on the page")
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !"Issuing".equals(status(period)));
        browser.assertAccessible();
        return this;
    }

    private String cell(String period, String id) {
        return find(By.xpath("(" + rowXPath(ROWS, 1, period) + ")[1]//span[contains(@id, ':" + id + "')]")).getText();
    }
}
