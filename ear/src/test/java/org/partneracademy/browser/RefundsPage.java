package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /finance/refunds.xhtml: finance finds a registration, reads its ledger and records a refund. */
public final class RefundsPage extends SignedInPage {

    static final String PATH = "/finance/refunds.xhtml";

    private static final By SEARCH = By.id("search:text");

    RefundsPage(Browser browser) {
        super(browser, PATH, SEARCH);
    }

    /** Opens the page; signed out, signs in as {@code user} on the way (sign-in returns to the page asked for). */
    public static RefundsPage openSigningInAs(Browser browser, String user) {
        openSigningInAs(browser, PATH, user);
        return new RefundsPage(browser);
    }

    /** Searches by registration number or learner; the results or the registration show. */
    public RefundsPage find(String text) {
        type(SEARCH, text);
        browser.clickAndAwaitReplacement(find(By.id("search:go")), find(By.id("registration")));
        // The search button is outside the update and stays disabled (dimmed) until the request completes:
        // check the page as the user then sees it, not mid-request.
        browser.waitUntil(d -> !find(By.id("search:go")).getAttribute("class").contains("ui-state-disabled"));
        browser.assertAccessible();
        return this;
    }

    /** The learners listed by a search, as "Name (username)". */
    public List<String> foundLearners() {
        return browser.driver().findElements(By.xpath("//tbody[@id='results:found_data']/tr/td[2]")).stream()
                .map(WebElement::getText).toList();
    }

    public RefundsPage open(long registrationId) {
        var row = find(rowWhere("results:found_data", 1, String.valueOf(registrationId)));
        browser.clickAndAwaitReplacement(row.findElement(By.xpath(".//button")), find(By.id("registration")));
        browser.waitForVisible(By.id("registrationHeading"));
        browser.assertAccessible();
        return this;
    }

    /** The heading of the registration shown, e.g. "Registration 42". */
    public String registrationHeading() {
        return find(By.id("registrationHeading")).getText();
    }

    /** One fact of the registration shown: learner, course, partner, state, listPrice, discount, refunded, refundable. */
    public String fact(String name) {
        return find(By.id(name)).getText();
    }

    /** The ledger's events, each as its cells: event, when, by, amount, note. */
    public List<List<String>> events() {
        return browser.driver().findElements(By.xpath("//tbody[@id='registration:events_data']/tr")).stream()
                .map(row -> row.findElements(By.xpath("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    public RefundsPage refund(String amount, String reason) {
        type(By.id("registration:amount"), amount);
        type(By.id("registration:reason"), reason);
        browser.clickAndAwaitReplacement(find(By.id("registration:save")), find(By.id("registration:amount")));
        browser.assertAccessible();
        return this;
    }
}
