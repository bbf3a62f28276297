package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /partner/approvals.xhtml: a manager or partner admin (manager stage) or the vendor admin (vendor stage) decides requests. */
public final class ApprovalsPage extends SignedInPage {

    static final String PATH = "/partner/approvals.xhtml";

    private static final By APPROVALS = By.id("approvals:approvals");
    private static final String ROWS = "approvals:approvals_data";

    ApprovalsPage(Browser browser) {
        super(browser, PATH, APPROVALS);
    }

    public static ApprovalsPage open(Browser browser) {
        browser.open(PATH);
        return new ApprovalsPage(browser);
    }

    /** The courses of the requests waiting, in the table's order. */
    public List<String> courses() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + ROWS + "'] .approval-course")).stream()
                .map(WebElement::getText).toList();
    }

    /** The whole row of the learner's request for the course, as text. */
    public String rowOf(String learner, String courseTitle) {
        return row(learner, courseTitle).getText();
    }

    public ApprovalsPage approve(String learner, String courseTitle, String note) {
        return decide(learner, courseTitle, note, ":approve");
    }

    public ApprovalsPage reject(String learner, String courseTitle, String note) {
        return decide(learner, courseTitle, note, ":reject");
    }

    private ApprovalsPage decide(String learner, String courseTitle, String note, String button) {
        var row = row(learner, courseTitle);
        var noteField = row.findElement(By.xpath(".//input[contains(@id, ':note')]"));
        noteField.clear();
        if (note != null) {
            noteField.sendKeys(note);
        }
        browser.clickAndAwaitReplacement(row.findElement(By.xpath(".//button[contains(@id, '" + button + "')]")), row);
        browser.waitForVisible(By.cssSelector("#messages .ui-messages-info, #messages .ui-messages-error"));
        browser.assertAccessible();
        return this;
    }

    private WebElement row(String learner, String courseTitle) {
        return find(By.xpath("//tbody[@id='" + ROWS + "']/tr[.//*[contains(@class, 'approval-learner') or contains(@class, 'muted')]"
                + "[contains(normalize-space(), " + xpathLiteral(learner) + ")]][.//*[contains(@class, 'approval-course')][normalize-space()="
                + xpathLiteral(courseTitle) + "]]"));
    }
}
