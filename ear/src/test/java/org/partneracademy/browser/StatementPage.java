package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /partner/statement.xhtml?id=: a partner admin reads one statement, disputes a line or confirms it. */
public final class StatementPage extends SignedInPage {

    static final String PATH = "/partner/statement.xhtml";

    private static final By FORM = By.id("statement");
    private static final String LINES = "statement:lines_data";

    StatementPage(Browser browser) {
        super(browser, PATH, FORM);
    }

    public static StatementPage open(Browser browser, long statementId) {
        browser.open(PATH + "?id=" + statementId);
        return new StatementPage(browser);
    }

    /** The partner the statement is of, as shown. */
    public String partner() {
        return find(By.id("partner")).getText();
    }

    public String status() {
        return find(By.id("statement:status")).getText();
    }

    public String revision() {
        return find(By.id("statement:revision")).getText();
    }

    /** The statement number once locked; empty before. */
    public String number() {
        return browser.driver().findElements(By.id("statement:number")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String contentHash() {
        return browser.driver().findElements(By.id("statement:hash")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The descriptions of the lines, in line order. */
    public List<String> lineDescriptions() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + LINES + "'] .line-description")).stream()
                .map(WebElement::getText).toList();
    }

    /** The amounts of the lines as shown (e.g. "-12.50"), in line order. */
    public List<String> lineAmounts() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + LINES + "'] .line-amount")).stream()
                .map(WebElement::getText).toList();
    }

    public boolean canConfirm() {
        return !browser.driver().findElements(By.id("statement:confirm")).isEmpty();
    }

    /** Disputes the line whose option label starts with "lineNo:", saying why. */
    public StatementPage dispute(int lineNo, String comment) {
        chooseStartingWith("statement:disputedLine", lineNo + ":");
        type(By.id("statement:comment"), comment);
        return submit(By.id("statement:dispute"));
    }

    public StatementPage confirm() {
        return submit(By.id("statement:confirm"));
    }

    private StatementPage submit(By button) {
        browser.clickAndAwaitReplacement(find(button), find(By.id("statement:status")));
        browser.waitForVisible(By.cssSelector("#messages .ui-messages-info, #messages .ui-messages-error"));
        browser.assertAccessible();
        return this;
    }
}
