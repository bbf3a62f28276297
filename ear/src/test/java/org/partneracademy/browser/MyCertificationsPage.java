package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /learning/certifications.xhtml: a learner's certifications, their codes and certificate downloads. */
final class MyCertificationsPage extends SignedInPage {

    static final String PATH = "/learning/certifications.xhtml";

    MyCertificationsPage(Browser browser) {
        super(browser, PATH, By.id("certifications"));
    }

    static MyCertificationsPage open(Browser browser) {
        browser.open(PATH);
        return new MyCertificationsPage(browser);
    }

    String status(String definitionCode) {
        return find(By.cssSelector(section(definitionCode) + " .certification-status strong")).getText();
    }

    String verificationCode(String definitionCode) {
        return find(By.cssSelector(section(definitionCode) + " .verification-code")).getText();
    }

    /** The address of the certificate download link, as the browser would follow it. */
    String certificatePdfAddress(String definitionCode) {
        return find(By.cssSelector(section(definitionCode) + " a.certificate-pdf")).getAttribute("href");
    }

    private static String section(String definitionCode) {
        return "section[data-certification='" + definitionCode + "']";
    }
}
