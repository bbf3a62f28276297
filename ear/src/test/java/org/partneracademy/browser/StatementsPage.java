package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /partner/statements.xhtml: a partner admin lists the partner's statements of a period and opens one. */
public final class StatementsPage extends SignedInPage {

    static final String PATH = "/partner/statements.xhtml";

    private static final By TABLE = By.id("list:statements");
    private static final String ROWS = "list:statements_data";

    StatementsPage(Browser browser) {
        super(browser, PATH, TABLE);
    }

    /** Lists the statements of {@code period} (yyyy-MM). */
    public StatementsPage showPeriod(String period) {
        typeAndRefresh(By.id("filters:period"), period, By.id("filters:search"), TABLE);
        browser.assertAccessible();
        return this;
    }

    /** The totals column of each listed statement, as shown (e.g. "12.50 EUR"). */
    public List<String> totals() {
        return browser.driver().findElements(By.xpath("//tbody[@id='" + ROWS + "']/tr/td[6]")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the listed statement whose totals column names {@code currency}. */
    public StatementPage openIn(String currency) {
        find(By.xpath("//tbody[@id='" + ROWS + "']/tr[td[6][contains(normalize-space(), ' " + currency + "')]]"
                + "//a[contains(@id, ':open')]")).click();
        return new StatementPage(browser);
    }
}
