package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /catalog/index.xhtml: a learner searches the published courses (paged by the database) and enrolls. */
public final class CatalogPage extends SignedInPage {

    static final String PATH = "/catalog/index.xhtml";

    private static final By COURSES = By.id("catalog:courses");
    private static final String ROWS = "catalog:courses_data";

    CatalogPage(Browser browser) {
        super(browser, PATH, COURSES);
    }

    public static CatalogPage open(Browser browser) {
        browser.open(PATH);
        return new CatalogPage(browser);
    }

    /** Searches title, code and description for the text; waits until the table shows the new result. */
    public CatalogPage search(String text) {
        type(By.id("search:text"), text);
        browser.clickAndAwaitReplacement(find(By.id("search:go")), find(COURSES));
        browser.assertAccessible();
        return this;
    }

    /** The codes of the courses on the table's current page, in order. */
    public List<String> codes() {
        return browser.driver().findElements(By.xpath("//tbody[@id='" + ROWS + "']/tr[not(contains(@class, 'ui-datatable-empty-message'))]/td[1]")).stream()
                .map(WebElement::getText).toList();
    }

    /** What the table says when it shows no course. */
    public String emptyMessage() {
        return browser.driver().findElements(By.cssSelector("tbody[id='" + ROWS + "'] .ui-datatable-empty-message")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** The rating the course's row shows, such as "4.5 / 5 (2)"; empty without ratings. */
    public String ratingOf(String courseCode) {
        return row(courseCode).findElements(By.cssSelector(".rating")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** The titles "Next for you" suggests, in order. */
    public List<String> suggestions() {
        return browser.driver().findElements(By.cssSelector("#nextForYou .suggestion-title")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Enrolls in the course with the given code, finding it first with the search (the catalog shows one
     * page at a time); the application then shows the new enrollment.
     */
    public EnrollmentPage enroll(String courseCode) {
        row(courseCode).findElement(By.xpath(".//button[contains(@id, ':enroll')]")).click();
        return new EnrollmentPage(browser);
    }

    /** Whether the course's row still offers the "Enroll" button. */
    public boolean offersEnrollmentIn(String courseCode) {
        return !row(courseCode).findElements(By.xpath(".//button[contains(@id, ':enroll')]")).isEmpty();
    }

    /** What the course's last column says instead of the button, such as "Enrolled". */
    public String enrollmentOf(String courseCode) {
        return row(courseCode).findElement(By.xpath("td[last()]")).getText();
    }

    /** The course's row, searching for its code when the current page does not show it. */
    private WebElement row(String courseCode) {
        if (browser.driver().findElements(rowWhere(ROWS, 1, courseCode)).isEmpty()) {
            search(courseCode);
        }
        return find(rowWhere(ROWS, 1, courseCode));
    }
}
