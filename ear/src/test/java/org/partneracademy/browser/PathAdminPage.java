package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /admin/paths.xhtml: the vendor admin's learning paths, the path form and the course relations. */
public final class PathAdminPage extends SignedInPage {

    static final String PATH = "/admin/paths.xhtml";

    private static final By LIST = By.id("paths:list");

    /** A group as the form takes it: kind label, N for an elective (null for required), course codes. */
    public record Group(String kindLabel, String pick, String courseCodes) {
    }

    PathAdminPage(Browser browser) {
        super(browser, PATH, LIST);
    }

    public static PathAdminPage open(Browser browser) {
        browser.open(PATH);
        return new PathAdminPage(browser);
    }

    /** The cells of the path's row: name, position, brand, groups, required paths. */
    public List<String> rowOf(String pathName) {
        return find(rowWhere("paths:list_data", 1, pathName)).findElements(By.tagName("td")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> pathNames() {
        return browser.driver().findElements(By.xpath("//tbody[@id='paths:list_data']/tr/td[1]")).stream()
                .map(WebElement::getText).toList();
    }

    /** Fills the "New path" form and saves; the list and the form are shown again, with a message. */
    public PathAdminPage createPath(String name, String positionLabel, List<String> requiredPaths, Group... groups) {
        type(By.id("pathForm:name"), name);
        choose("pathForm:position", positionLabel);
        for (int i = 0; i < groups.length; i++) {
            if (i > 0) {
                var table = find(By.id("pathForm:groups"));
                browser.clickAndAwaitReplacement(find(By.id("pathForm:addGroup")), table);
            }
            new Select(find(By.id("pathForm:groups:" + i + ":kind"))).selectByVisibleText(groups[i].kindLabel());
            type(By.id("pathForm:groups:" + i + ":pick"), groups[i].pick());
            type(By.id("pathForm:groups:" + i + ":courses"), groups[i].courseCodes());
        }
        for (WebElement box : find(By.id("pathForm:prerequisites")).findElements(By.cssSelector("input[type=checkbox]"))) {
            String label = find(By.xpath("//label[@for=" + xpathLiteral(box.getAttribute("id")) + "]")).getText();
            if (box.isSelected() != requiredPaths.contains(label)) {
                box.click();
            }
        }
        browser.clickAndAwaitReplacement(find(By.id("pathForm:save")), find(LIST));
        return new PathAdminPage(browser);
    }
}
