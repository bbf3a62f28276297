package org.partneracademy.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /partner/registration-report.xhtml: a partner admin runs the registration report of a period and downloads it. */
public final class RegistrationReportPage extends SignedInPage {

    static final String PATH = "/partner/registration-report.xhtml";

    private static final By ROWS = By.id("report:rows");

    RegistrationReportPage(Browser browser) {
        super(browser, PATH, ROWS);
    }

    /** Shows the report of {@code period} (yyyy-MM) with no filters. */
    public RegistrationReportPage showPeriod(String period) {
        typeAndRefresh(By.id("filters:period"), period, By.id("filters:run"), ROWS);
        browser.assertAccessible();
        return this;
    }

    /**
     * Narrows the report to one course, found by typing its code and picked from the suggestions, and
     * shows it again.
     */
    public RegistrationReportPage filterByCourse(String courseCode) {
        pickSuggestionStartingWith("filters:course", courseCode, courseCode + " ");
        browser.clickAndAwaitReplacement(find(By.id("filters:run")), find(ROWS));
        browser.waitForVisible(ROWS);
        browser.assertAccessible();
        return this;
    }

    /** Narrows the report to learners whose name contains {@code text}, and shows it again. */
    public RegistrationReportPage filterByLearner(String text) {
        typeAndRefresh(By.id("filters:learner"), text, By.id("filters:run"), ROWS);
        return this;
    }

    /** Whether the totals show a row for a currency. */
    public boolean showsTotalIn(String currency) {
        return !browser.driver().findElements(By.xpath("//tbody[@id='report:totalsTable_data']/tr[.//span[@class='total-currency']"
                + "[normalize-space()='" + currency + "']]")).isEmpty();
    }

    /** The registration ids on the table's current page, in order. */
    public List<Long> registrationIds() {
        return browser.driver().findElements(By.cssSelector("tbody[id='report:rows_data'] .registration-id")).stream()
                .map(WebElement::getText).map(Long::valueOf).toList();
    }

    /** The net total shown for a currency. */
    public String netTotal(String currency) {
        return find(By.xpath("//tbody[@id='report:totalsTable_data']/tr[.//span[@class='total-currency'][normalize-space()='"
                + currency + "']]//span[@class='total-net']")).getText();
    }

    public Path exportCsv() {
        find(By.id("report:exportCsv")).click();
        return browser.awaitDownload(".csv");
    }

    public Path exportXlsx() {
        find(By.id("report:exportXlsx")).click();
        return browser.awaitDownload(".xlsx");
    }
}
