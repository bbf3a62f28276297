package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /admin/dashboard.xhtml: the vendor admin's progress charts and their figures. */
public final class DashboardPage extends SignedInPage {

    static final String PATH = "/admin/dashboard.xhtml";

    DashboardPage(Browser browser) {
        super(browser, PATH, By.id("totals"));
    }

    public long totalEnrollments() {
        return Long.parseLong(find(By.id("totalEnrollments")).getText());
    }

    /** The section headings, one per chart. */
    public List<String> sections() {
        return browser.driver().findElements(By.cssSelector("main section h2")).stream().map(WebElement::getText).toList();
    }

    /** How many charts the browser has drawn (Chart.js canvases). */
    public int drawnCharts() {
        return browser.driver().findElements(By.cssSelector("main .chart canvas")).size();
    }

    /** The partners of the "by partner" figures, in order. */
    public List<String> partners() {
        return browser.driver().findElements(By.xpath("//tbody[@id='partners_data']/tr/td[1]")).stream()
                .map(WebElement::getText).toList();
    }
}
