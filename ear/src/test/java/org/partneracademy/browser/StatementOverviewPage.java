package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /admin/statements.xhtml: the vendor admin or finance sees all partners' statements of a period and opens one. */
public final class StatementOverviewPage extends SignedInPage {

    static final String PATH = "/admin/statements.xhtml";

    private static final By LIST = By.id("overview:list");
    private static final String ROWS = "overview:list_data";

    StatementOverviewPage(Browser browser) {
        super(browser, PATH, LIST);
    }

    /** Lists the statements of {@code period} (yyyy-MM). */
    public StatementOverviewPage showPeriod(String period) {
        typeAndRefresh(By.id("filters:period"), period, By.id("filters:show"), LIST);
        browser.assertAccessible();
        return this;
    }

    /** Opens the statement of the partner named {@code partnerName} from the list. */
    public StatementPage open(String partnerName) {
        find(By.xpath(rowXPath(ROWS, 1, partnerName) + "//a[contains(@id, ':open')]")).click();
        return new StatementPage(browser);
    }
}
