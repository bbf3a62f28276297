package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /leader/signoff.xhtml?task=: the candidate's history and the rubric form. */
public final class SignOffPage extends SignedInPage {

    static final String PATH = "/leader/signoff.xhtml";

    private static final By FORM = By.id("rubric");

    SignOffPage(Browser browser) {
        super(browser, PATH, FORM);
    }

    public String candidate() {
        return find(By.id("candidate")).getText();
    }

    /** Scores a criterion (by its name in the legend) from 1 to 5, by clicking the score's label as a user does. */
    public SignOffPage score(String criterion, int score) {
        find(By.xpath("//fieldset[legend[starts-with(normalize-space(), " + xpathLiteral(criterion + " ") + ")]]"
                + "//label[normalize-space()='" + score + "']")).click();
        return this;
    }

    public SignOffPage comments(String text) {
        type(By.id("rubric:comments"), text);
        return this;
    }

    /** Signs off; the leader lands on their decisions history. */
    public DecisionsPage signOff() {
        find(By.id("rubric:signOff")).click();
        return new DecisionsPage(browser);
    }

    /** Signs off a form the service refuses: the page stays, showing why. */
    public SignOffPage signOffRefused() {
        var form = find(FORM);
        find(By.id("rubric:signOff")).click();
        browser.waitUntilGone(form);
        return new SignOffPage(browser);
    }
}
