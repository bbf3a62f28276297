package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /learning/certifications.xhtml: the learner's certifications, what counts now, and the transcript. */
public final class MyCertificationsPage extends SignedInPage {

    static final String PATH = "/learning/certifications.xhtml";

    MyCertificationsPage(Browser browser) {
        super(browser, PATH, By.id("certifications"));
    }

    public static MyCertificationsPage open(Browser browser) {
        browser.open(PATH);
        return new MyCertificationsPage(browser);
    }

    /** Starts working towards a certification meant for the learner's position. */
    public MyCertificationsPage start(String certificationLabel) {
        choose("assign:definition", certificationLabel);
        find(By.id("assign:assignButton")).click();
        browser.waitForVisible(By.cssSelector("section.my-certification"));
        return new MyCertificationsPage(browser);
    }

    public List<String> certificationNames() {
        return browser.driver().findElements(By.cssSelector("section.my-certification h2")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> missingRequirements() {
        return browser.driver().findElements(By.cssSelector("tr.requirement-missing td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    public String status(String definitionCode) {
        return find(By.cssSelector(section(definitionCode) + " .certification-status strong")).getText();
    }

    public String verificationCode(String definitionCode) {
        return find(By.cssSelector(section(definitionCode) + " .verification-code")).getText();
    }

    /** The address of the certificate download link, as the browser would follow it. */
    public String certificatePdfAddress(String definitionCode) {
        return find(By.cssSelector(section(definitionCode) + " a.certificate-pdf")).getAttribute("href");
    }

    private static String section(String definitionCode) {
        return "section[data-certification='" + definitionCode + "']";
    }
}
