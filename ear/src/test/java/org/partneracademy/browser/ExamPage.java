package org.partneracademy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** /learning/exam.xhtml?exam=: a learner starts an attempt, answers question by question and submits. */
final class ExamPage extends SignedInPage {

    static final String PATH = "/learning/exam.xhtml";

    ExamPage(Browser browser) {
        super(browser, PATH, By.id("exam"));
    }

    static ExamPage open(Browser browser, long examId) {
        browser.open(PATH + "?exam=" + examId);
        return new ExamPage(browser);
    }

    ExamPage start() {
        var rules = find(By.id("exam:rules"));
        find(By.id("exam:startAttempt")).click();
        browser.waitUntilGone(rules);
        browser.waitForVisible(By.id("exam:submitAttempt"));
        return this;
    }

    /** Ticks the option (radio or checkbox) with this text in the question whose prompt contains {@code prompt}. */
    ExamPage tick(String prompt, String option) {
        find(By.xpath(question(prompt) + "//label[normalize-space()=" + Page.xpathLiteral(option) + "]")).click();
        return this;
    }

    /** Matches an item of a matching question with one of the texts offered. */
    ExamPage match(String prompt, String item, String text) {
        new Select(find(By.xpath(question(prompt) + "//div[label[normalize-space()=" + Page.xpathLiteral(item) + "]]//select")))
                .selectByVisibleText(text);
        return this;
    }

    ExamPage answer(String prompt, String text) {
        var field = find(By.xpath(question(prompt) + "//input[@type='text']"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    AttemptResultPage submit() {
        find(By.id("exam:submitAttempt")).click();
        return new AttemptResultPage(browser);
    }

    private static String question(String prompt) {
        return "//fieldset[legend[contains(normalize-space(), " + Page.xpathLiteral(prompt) + ")]]";
    }
}
