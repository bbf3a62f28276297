package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    /**
     * Picks an option of a p:selectOneMenu by its label, as a user does: open the menu, click the item.
     * No label picks the first item, the "nothing chosen" one.
     */
    protected void choose(String menuId, String label) {
        chooseItem(menuId, label == null || label.isEmpty() ? "(.//li)[1]"
                : ".//li[normalize-space()=" + xpathLiteral(label) + "]");
    }

    /**
     * Types {@code value} into {@code field}, presses {@code button} and waits until {@code table}, which
     * the button's AJAX update renders anew, is back and visible.
     */
    protected void typeAndRefresh(By field, String value, By button, By table) {
        type(field, value);
        browser.clickAndAwaitReplacement(find(button), find(table));
        browser.waitForVisible(table);
    }

    /**
     * Picks a suggestion of a p:autoComplete as a user does: types {@code typed}, waits for the
     * suggestions and clicks the one labelled exactly {@code label}.
     */
    protected void pickSuggestion(String autoCompleteId, String typed, String label) {
        pickSuggestionWhere(autoCompleteId, typed, "normalize-space()=" + xpathLiteral(label));
    }

    /** Picks the first suggestion of a p:autoComplete, for {@code typed}, whose label starts with {@code prefix}. */
    protected void pickSuggestionStartingWith(String autoCompleteId, String typed, String prefix) {
        pickSuggestionWhere(autoCompleteId, typed, "starts-with(normalize-space(), " + xpathLiteral(prefix) + ")");
    }

    private void pickSuggestionWhere(String autoCompleteId, String typed, String condition) {
        var input = By.id(autoCompleteId + "_input");
        type(input, typed);
        var item = browser.waitForVisible(By.xpath("(//*[@id=" + xpathLiteral(autoCompleteId + "_panel") + "]//li["
                + condition + "])[1]"));
        String chosen = item.getText().strip();
        item.click();
        browser.waitUntil(ExpectedConditions.attributeToBe(input, "value", chosen));
    }

    /** Picks the first option of a p:selectOneMenu whose label starts with {@code prefix}. */
    protected void chooseStartingWith(String menuId, String prefix) {
        chooseItem(menuId, "(.//li[starts-with(normalize-space(), " + xpathLiteral(prefix) + ")])[1]");
    }

    private void chooseItem(String menuId, String itemXPath) {
        find(By.id(menuId)).click();
        // The panel grows in with a CSS transition; a click while it still moves can miss the item.
        var panel = By.id(menuId + "_panel");
        browser.waitUntil(ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
        var item = find(panel).findElement(By.xpath(itemXPath));
        String chosen = item.getAttribute("data-label");
        item.click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(panel));
        browser.waitUntil(ExpectedConditions.textToBe(By.id(menuId + "_label"), chosen));
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
