package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /learning/attempt.xhtml?id=: the result of a submitted attempt. */
final class AttemptResultPage extends SignedInPage {

    AttemptResultPage(Browser browser) {
        super(browser, "/learning/attempt.xhtml", By.id("result"));
    }

    String outcome() {
        return find(By.id("outcome")).getText();
    }

    String score() {
        return find(By.id("score")).getText();
    }
}
