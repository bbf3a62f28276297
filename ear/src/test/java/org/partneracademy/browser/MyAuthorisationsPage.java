package org.partneracademy.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /teach/authorisations.xhtml: the courses the signed-in trainer may deliver and until when. */
public final class MyAuthorisationsPage extends SignedInPage {

    static final String PATH = "/teach/authorisations.xhtml";

    MyAuthorisationsPage(Browser browser) {
        super(browser, PATH, By.id("myAuthorisations"));
    }

    /** Signed in as a trainer, through the menu. */
    public static MyAuthorisationsPage fromMenu(Browser browser) {
        browser.driver().findElement(By.id("shell:menuMyAuthorisations")).click();
        return new MyAuthorisationsPage(browser);
    }

    /** "Active", "Suspended", … of the course family's authorisation. */
    public String statusOf(String courseCode) {
        return cell(courseCode, 2);
    }

    /** "Yes" or "No". */
    public String mayLead(String courseCode) {
        return cell(courseCode, 3);
    }

    private String cell(String courseCode, int column) {
        WebElement row = find(By.xpath("//tbody[@id='myAuthorisations_data']/tr[td[1][starts-with(normalize-space(), "
                + xpathLiteral(courseCode + " ") + ")]]"));
        return row.findElement(By.xpath("td[" + column + "]")).getText();
    }
}
