package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /admin/course.xhtml?id=: one course version for the vendor admin: edit a draft, publish it, draft the
 * next version of a published one, price the offerings.
 */
public final class CourseEditPage extends SignedInPage {

    static final String PATH = "/admin/course.xhtml";

    private static final By STATUS = By.id("courseStatus");

    CourseEditPage(Browser browser) {
        super(browser, PATH, STATUS);
    }

    public static CourseEditPage open(Browser browser, long courseId) {
        browser.open(PATH + "?id=" + courseId);
        return new CourseEditPage(browser);
    }

    public String status() {
        return find(STATUS).getText();
    }

    public String title() {
        return heading();
    }

    /** Drafts the next version with the given number; the page then shows the new draft. */
    public CourseEditPage draftVersion(int major, int minor) {
        type(By.id("versionForm:versionMajor"), String.valueOf(major));
        type(By.id("versionForm:versionMinor"), String.valueOf(minor));
        browser.clickAndAwaitReplacement(find(By.id("versionForm:draftVersion")), find(STATUS));
        return new CourseEditPage(browser);
    }

    /** Submits a version number that must be refused; returns the error messages. */
    public List<String> draftVersionRefused(int major, int minor) {
        type(By.id("versionForm:versionMajor"), String.valueOf(major));
        type(By.id("versionForm:versionMinor"), String.valueOf(minor));
        browser.clickAndAwaitReplacement(find(By.id("versionForm:draftVersion")), find(STATUS));
        new CourseEditPage(browser);
        return errors();
    }

    /** Publishes this draft and waits until the page shows it published. */
    public CourseEditPage publish() {
        find(By.id("details:publish")).click();
        browser.waitUntil(ExpectedConditions.textToBe(STATUS, "PUBLISHED"));
        browser.assertAccessible();
        return this;
    }

    /** Adds an offering; returns the kinds listed afterwards. */
    public List<String> addOffering(String kind, String price, String currency) {
        choose("offerings:newKind", kind);
        type(By.id("offerings:newPrice"), price);
        type(By.id("offerings:newCurrency"), currency);
        browser.clickAndAwaitReplacement(find(By.id("offerings:addOffering")), find(By.id("offerings:list")));
        browser.waitForVisible(By.id("offerings:list"));
        browser.assertAccessible();
        return offeringKinds();
    }

    public List<String> offeringKinds() {
        return browser.driver().findElements(By.cssSelector("tbody[id='offerings:list_data'] > tr > td:first-child"))
                .stream().map(WebElement::getText).toList();
    }

    public List<String> versions() {
        return browser.driver().findElements(By.cssSelector("tbody[id='versionList_data'] > tr"))
                .stream().map(WebElement::getText).toList();
    }
}
