package org.partneracademy.browser;

import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/courses.xhtml: the vendor admin drafts courses with their modules and publishes them. */
public final class CourseAdminPage extends SignedInPage {

    static final String PATH = "/admin/courses.xhtml";

    private static final By COURSE_LIST = By.id("courses:list");
    private static final By MODULE_ROWS = By.cssSelector("tbody[id='newCourse:modules_data'] > tr");

    CourseAdminPage(Browser browser) {
        super(browser, PATH, COURSE_LIST);
    }

    public static CourseAdminPage open(Browser browser) {
        browser.open(PATH);
        return new CourseAdminPage(browser);
    }

    /** Drafts a self-paced English course in EUR with 30-minute modules; waits until the list shows it. */
    public CourseAdminPage draftCourse(String code, String title, String listPrice, String... moduleTitles) {
        fillCourse(code, title, listPrice, "EUR", moduleTitles);
        submit();
        browser.waitForVisible(rowWhere("courses:list_data", 1, code));
        browser.assertAccessible();
        return this;
    }

    /**
     * Submits a draft that must be refused; returns the error messages the page shows, at the top
     * (the service's checks) and next to the fields (values that are not even numbers).
     */
    public List<String> draftCourseRefused(String code, String title, String listPrice, String currency, String... moduleTitles) {
        fillCourse(code, title, listPrice, currency, moduleTitles);
        submit();
        browser.waitForVisible(By.cssSelector("#messages .ui-messages-error, .ui-message-error"));
        browser.assertAccessible();
        return Stream.concat(errors().stream(), browser.driver().findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText)).toList();
    }

    /** Publishes the draft with the given code and waits until the list shows it published. */
    public CourseAdminPage publish(String code) {
        String row = rowXPath("courses:list_data", 1, code);
        WebElement button = find(By.xpath(row + "//button[contains(@id, ':publish')]"));
        browser.clickAndAwaitReplacement(button, button);
        browser.waitUntil(ExpectedConditions.textToBe(By.xpath(row + "/td[6]"), "PUBLISHED"));
        browser.assertAccessible();
        return this;
    }

    public String statusOf(String code) {
        return find(rowWhere("courses:list_data", 1, code)).findElement(By.xpath("td[6]")).getText();
    }

    public List<String> courseCodes() {
        return browser.driver().findElements(By.cssSelector("tbody[id='courses:list_data'] > tr > td:first-child"))
                .stream().map(WebElement::getText).toList();
    }

    private void fillCourse(String code, String title, String listPrice, String currency, String... moduleTitles) {
        type(By.id("newCourse:code"), code);
        type(By.id("newCourse:title"), title);
        type(By.id("newCourse:listPrice"), listPrice);
        type(By.id("newCourse:currency"), currency);
        while (browser.driver().findElements(MODULE_ROWS).size() < moduleTitles.length) {
            addModuleRow();
        }
        for (int i = 0; i < moduleTitles.length; i++) {
            type(By.id("newCourse:modules:" + i + ":moduleTitle"), moduleTitles[i]);
            type(By.id("newCourse:modules:" + i + ":moduleMinutes"), moduleTitles[i].isEmpty() ? "" : "30");
        }
    }

    /** "Add module" re-renders the whole form (keeping what was typed); wait for the new row. */
    private void addModuleRow() {
        int rows = browser.driver().findElements(MODULE_ROWS).size();
        browser.clickAndAwaitReplacement(find(By.id("newCourse:addModule")), find(By.id("newCourse:modules")));
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(MODULE_ROWS, rows + 1));
    }

    /** "Create draft" re-renders the form and the list, and the global messages. */
    private void submit() {
        browser.clickAndAwaitReplacement(find(By.id("newCourse:create")), find(COURSE_LIST));
    }

}
