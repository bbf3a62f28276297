package org.partneracademy.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /admin/paths.xhtml: the vendor admin's learning paths, the path form and the course relations. */
public final class PathAdminPage extends SignedInPage {

    static final String PATH = "/admin/paths.xhtml";

    PathAdminPage(Browser browser) {
        super(browser, PATH, By.id("paths:list"));
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
}
