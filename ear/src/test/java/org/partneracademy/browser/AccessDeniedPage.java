package org.partneracademy.browser;

import org.openqa.selenium.By;

/**
 * The "Access denied" page the server shows, with status 403, for a page the user's role does not
 * allow. The address bar keeps the requested URL, so the page is recognised by its heading.
 */
public final class AccessDeniedPage extends SignedInPage {

    static final String HEADING = "Access denied";

    AccessDeniedPage(Browser browser) {
        super(browser, null, By.xpath("//main/h1[normalize-space()='" + HEADING + "']"));
    }

    /** Opens a page expecting to be turned away from it. */
    public static AccessDeniedPage openForbidden(Browser browser, String path) {
        browser.open(path);
        return new AccessDeniedPage(browser);
    }
}
