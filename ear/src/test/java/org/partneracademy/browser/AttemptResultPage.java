package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /learning/attempt.xhtml, the result of an attempt: score and passed or not. */
public final class AttemptResultPage extends SignedInPage {

    static final String PATH = "/learning/attempt.xhtml";

    AttemptResultPage(Browser browser) {
        super(browser, PATH, By.id("result"));
    }

    public String score() {
        return find(By.id("score")).getText();
    }

    public String outcome() {
        return find(By.id("outcome")).getText();
    }
}
