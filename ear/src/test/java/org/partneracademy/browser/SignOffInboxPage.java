package org.partneracademy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /leader/signoffs.xhtml: a training leader's panel tasks with their SLA age and due date. */
public final class SignOffInboxPage extends SignedInPage {

    static final String PATH = "/leader/signoffs.xhtml";

    private static final By TASKS = By.id("signoffs:tasks");
    private static final String ROWS = "signoffs:tasks_data";

    SignOffInboxPage(Browser browser) {
        super(browser, PATH, TASKS);
    }

    public static SignOffInboxPage open(Browser browser) {
        browser.open(PATH);
        return new SignOffInboxPage(browser);
    }

    /** The row of the candidate's task, as text (candidate, course, try, delivered on, age, due). */
    public String rowOf(String candidate) {
        return row(candidate).getText();
    }

    public SignOffPage open(String candidate) {
        row(candidate).findElement(By.xpath(".//a[contains(@id, ':open')]")).click();
        return new SignOffPage(browser);
    }

    private WebElement row(String candidate) {
        return find(By.xpath("//tbody[@id='" + ROWS + "']/tr[.//*[contains(@class, 'signoff-candidate')][normalize-space()="
                + xpathLiteral(candidate) + "]]"));
    }
}
