package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /leader/inbox.xhtml: where a training leader lands after signing in (every task of theirs, by name). */
public final class LeaderInboxPage extends SignedInPage {

    static final String PATH = "/leader/inbox.xhtml";

    LeaderInboxPage(Browser browser) {
        super(browser, PATH, By.id("tasks"));
    }

    /** The sign-off inbox, through the main menu. */
    public SignOffInboxPage openSignOffs() {
        find(By.id("shell:menuSignoffs")).click();
        return new SignOffInboxPage(browser);
    }
}
