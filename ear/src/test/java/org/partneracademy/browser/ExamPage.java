package org.partneracademy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * /learning/exam.xhtml, taking an exam: its rules and a start button, then the questions (addressed by
 * their 1-based position) with the time left, and the submit button.
 */
public final class ExamPage extends SignedInPage {

    static final String PATH = "/learning/exam.xhtml";

    ExamPage(Browser browser) {
        super(browser, PATH, By.id("taking"));
    }

    public ExamPage start() {
        find(By.id("taking:startAttempt")).click();
        browser.waitForVisible(By.id("taking:submitAttempt"));
        browser.assertAccessible();
        return this;
    }

    public String timeLeft() {
        return find(By.id("timeLeft")).getText();
    }

    /** Ticks the option with this text (single choice, true/false, multiple choice). */
    public ExamPage choose(int position, String optionText) {
        find(By.xpath("//*[starts-with(@id, 'taking:q:" + (position - 1) + ":')]//label[normalize-space()="
                + xpathLiteral(optionText) + "]")).click();
        return this;
    }

    /** Picks, for a matching question's left-hand text, the text it matches. */
    public ExamPage match(int position, String left, String right) {
        return pick(position, left, right);
    }

    /** Gives an ordering item its rank (1 first). */
    public ExamPage rank(int position, String item, int rank) {
        return pick(position, item, String.valueOf(rank));
    }

    public ExamPage write(int position, String text) {
        type(By.id("taking:q:" + (position - 1) + ":text"), text);
        return this;
    }

    public AttemptResultPage submit() {
        find(By.id("taking:submitAttempt")).click();
        return new AttemptResultPage(browser);
    }

    private ExamPage pick(int position, String label, String value) {
        var labelElement = find(By.xpath("//label[starts-with(@for, 'taking:q:" + (position - 1) + ":') and normalize-space()="
                + xpathLiteral(label) + "]"));
        new Select(find(By.id(labelElement.getAttribute("for")))).selectByVisibleText(value);
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("taking:submitAttempt")));
        return this;
    }
}
