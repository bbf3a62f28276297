package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A page of the application, as a user sees it. Creating one waits until the browser shows that page
 * and then runs the accessibility check, so no test can visit a page without checking it.
 */
abstract class Page {

    protected final Browser browser;

    /** @param path the page's path, or null where the URL does not name the page (error pages keep the requested URL) */
    protected Page(Browser browser, String path, By shownBy) {
        this.browser = browser;
        if (path != null) {
            browser.waitForPath(path);
        }
        browser.waitForVisible(shownBy);
        browser.assertAccessible();
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector("main h1")).getText();
    }

    /** Error messages shown at the top of the page. */
    public List<String> errors() {
        return browser.messages("error").toList();
    }

    /** Information messages shown at the top of the page. */
    public List<String> notices() {
        return browser.messages("info").toList();
    }

    protected WebElement find(By locator) {
        return browser.driver().findElement(locator);
    }

    protected void type(By field, String text) {
        var input = find(field);
        input.clear();
        if (text != null && !text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    /** A table row whose cell in the given (1-based) column has exactly the given text. */
    protected static By rowWhere(String tbodyId, int column, String text) {
        return By.xpath(rowXPath(tbodyId, column, text));
    }

    protected static String rowXPath(String tbodyId, int column, String text) {
        return "//tbody[@id='" + tbodyId + "']/tr[td[" + column + "][normalize-space()=" + xpathLiteral(text) + "]]";
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
