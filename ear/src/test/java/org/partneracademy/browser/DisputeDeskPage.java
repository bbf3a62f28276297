package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /finance/disputes.xhtml: finance answers open disputes with an adjustment or a rejection. */
public final class DisputeDeskPage extends SignedInPage {

    static final String PATH = "/finance/disputes.xhtml";

    private static final String ROWS = "disputes:open_data";

    DisputeDeskPage(Browser browser) {
        super(browser, PATH, By.id("disputes:open"));
    }

    public static DisputeDeskPage open(Browser browser) {
        browser.open(PATH);
        return new DisputeDeskPage(browser);
    }

    /** Opened from the menu, as finance does. */
    public static DisputeDeskPage fromMenu(Browser browser) {
        browser.driver().findElement(By.id("shell:menuDisputes")).click();
        return new DisputeDeskPage(browser);
    }

    /** The comments of the open disputes, oldest first. */
    public List<String> comments() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + ROWS + "'] .dispute-comment")).stream()
                .map(WebElement::getText).toList();
    }

    public DisputeDeskPage adjust(String comment, String amount, String note) {
        var row = row(comment);
        fill(row, ":amount", amount);
        fill(row, ":note", note);
        return click(row, ":adjust");
    }

    public DisputeDeskPage reject(String comment, String reason) {
        var row = row(comment);
        fill(row, ":note", reason);
        return click(row, ":reject");
    }

    private static void fill(WebElement row, String field, String text) {
        var input = row.findElement(By.xpath(".//input[contains(@id, '" + field + "')]"));
        input.clear();
        if (text != null) {
            input.sendKeys(text);
        }
    }

    private DisputeDeskPage click(WebElement row, String button) {
        browser.clickAndAwaitReplacement(row.findElement(By.xpath(".//button[contains(@id, '" + button + "')]")), row);
        browser.waitForVisible(By.cssSelector("#messages .ui-messages-info, #messages .ui-messages-error"));
        browser.assertAccessible();
        return this;
    }

    private WebElement row(String comment) {
        return find(By.xpath("//tbody[@id='" + ROWS + "']/tr[.//*[contains(@class, 'dispute-comment')][contains(normalize-space(), "
                + xpathLiteral(comment) + ")]]"));
    }
}
