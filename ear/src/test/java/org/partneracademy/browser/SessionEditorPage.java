package org.partneracademy.browser;

import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /admin/session.xhtml?id=: the vendor admin's editor of one session (schedule, place, instructors). */
public final class SessionEditorPage extends SignedInPage {

    static final String PATH = "/admin/session.xhtml";

    private static final By FORM = By.id("details");
    private static final String LEADS = "details:instructors";

    SessionEditorPage(Browser browser) {
        super(browser, PATH, FORM);
    }

    public static SessionEditorPage open(Browser browser, long sessionId) {
        browser.open(PATH + "?id=" + sessionId);
        return new SessionEditorPage(browser);
    }

    /** Whether the trainer is offered as a lead instructor (only authorised trainers are). */
    public boolean offersLead(String displayName) {
        return leadBox(displayName).isPresent();
    }

    /** Ticks the trainer as a lead instructor by clicking the box, as a user does (the input is hidden). */
    public SessionEditorPage pickLead(String displayName) {
        leadBox(displayName).orElseThrow().findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                + "//div[contains(concat(' ', @class, ' '), ' ui-chkbox-box ')]")).click();
        return this;
    }

    public boolean isLead(String displayName) {
        return leadBox(displayName).orElseThrow().isSelected();
    }

    /** Saves the session; the editor shows it again with a notice. */
    public SessionEditorPage save() {
        var form = find(FORM);
        find(By.id("details:save")).click();
        browser.waitUntilGone(form);
        return new SessionEditorPage(browser);
    }

    private Optional<WebElement> leadBox(String displayName) {
        return find(By.id(LEADS)).findElements(By.cssSelector("input[type=checkbox]")).stream()
                .filter(input -> find(By.xpath("//label[@for=" + xpathLiteral(input.getAttribute("id")) + "]"))
                        .getText().contains(displayName))
                .findFirst();
    }
}
