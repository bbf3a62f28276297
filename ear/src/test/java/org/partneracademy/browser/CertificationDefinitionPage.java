package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /admin/certification.xhtml: a certification definition's form with its what-if date preview. */
public final class CertificationDefinitionPage extends SignedInPage {

    static final String PATH = "/admin/certification.xhtml";

    private static final By FORM = By.id("definition");

    CertificationDefinitionPage(Browser browser) {
        super(browser, PATH, FORM);
    }

    public static CertificationDefinitionPage openNew(Browser browser) {
        browser.open(PATH);
        return new CertificationDefinitionPage(browser);
    }

    /** Types the date rules (not saved) and asks for the dates they give for a completion on {@code completedOn}. */
    public CertificationDefinitionPage preview(String validity, String windowDays, String graceDays, String completedOn) {
        type(By.id("definition:validity"), validity);
        type(By.id("definition:windowDays"), windowDays);
        type(By.id("definition:graceDays"), graceDays);
        type(By.id("definition:completion"), completedOn);
        find(By.id("definition:previewButton")).click();
        browser.waitForVisible(By.id("previewExpires"));
        return new CertificationDefinitionPage(browser);
    }

    public String previewed(String which) {
        return find(By.id("preview" + which)).getText();
    }
}
