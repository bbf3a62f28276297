package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /catalog/index.xhtml: a learner browses the published courses and enrolls. */
public final class CatalogPage extends SignedInPage {

    static final String PATH = "/catalog/index.xhtml";

    private static final By COURSES = By.id("catalog:courses");

    CatalogPage(Browser browser) {
        super(browser, PATH, COURSES);
    }

    public static CatalogPage open(Browser browser) {
        browser.open(PATH);
        return new CatalogPage(browser);
    }

    /** Enrolls in the course with the given code; the application then shows the new enrollment. */
    public EnrollmentPage enroll(String courseCode) {
        find(By.xpath(rowXPath("catalog:courses_data", 1, courseCode) + "//button[contains(@id, ':enroll')]")).click();
        return new EnrollmentPage(browser);
    }

    /** Whether the course's row still offers the "Enroll" button. */
    public boolean offersEnrollmentIn(String courseCode) {
        return !find(rowWhere("catalog:courses_data", 1, courseCode))
                .findElements(By.xpath(".//button[contains(@id, ':enroll')]")).isEmpty();
    }

    /** What the course's last column says instead of the button, such as "Enrolled". */
    public String enrollmentOf(String courseCode) {
        return find(rowWhere("catalog:courses_data", 1, courseCode)).findElement(By.xpath("td[last()]")).getText();
    }
}
