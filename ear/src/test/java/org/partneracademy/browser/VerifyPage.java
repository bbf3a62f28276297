package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /verify/{code}: the public verification of a certificate, no sign-in needed. */
final class VerifyPage extends Page {

    VerifyPage(Browser browser, String code) {
        super(browser, "/verify/" + code, By.cssSelector("#verification, #unknown"));
    }

    static VerifyPage open(Browser browser, String code) {
        browser.open("/verify/" + code);
        return new VerifyPage(browser, code);
    }

    String state() {
        return find(By.id("state")).getText();
    }

    String holder() {
        return find(By.id("holder")).getText();
    }

    String certification() {
        return find(By.id("certification")).getText();
    }
}
