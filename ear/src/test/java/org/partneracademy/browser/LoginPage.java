package org.partneracademy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partneracademy.it.support.RealEar;

/** /login.xhtml: where everyone signs in, and where signing out and being turned away end. */
public final class LoginPage extends Page {

    static final String PATH = "/login.xhtml";

    private static final By USERNAME = By.id("login:username");

    LoginPage(Browser browser) {
        super(browser, PATH, USERNAME);
    }

    public static LoginPage open(Browser browser) {
        browser.open(PATH);
        return new LoginPage(browser);
    }

    /** Signs in with the demo password; the caller says which page it expects to land on. */
    public void signIn(String username) {
        signIn(username, RealEar.DEMO_PASSWORD);
    }

    /** Signs in with a password of the test's own, such as a new person's initial password. */
    public void signIn(String username, String password) {
        var form = find(By.id("login"));
        submit(username, password);
        browser.waitUntilGone(form);
    }

    /** Submits credentials that must be refused; the browser stays here, showing why. */
    public LoginPage signInRefused(String username, String password) {
        var form = find(By.id("login"));
        submit(username, password);
        browser.waitUntilGone(form);
        return new LoginPage(browser);
    }

    /** The status line above the form, such as "You have signed out."; empty when there is none. */
    public String status() {
        return browser.driver().findElements(By.cssSelector("main [role=status]")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    private void submit(String username, String password) {
        type(USERNAME, username);
        type(By.id("login:password"), password);
        find(By.id("login:submit")).click();
    }
}
