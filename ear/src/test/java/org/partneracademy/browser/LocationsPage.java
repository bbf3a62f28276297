package org.partneracademy.browser;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** /partner/locations.xhtml: a partner admin's locations and the brands each carries. */
public final class LocationsPage extends SignedInPage {

    static final String PATH = "/partner/locations.xhtml";

    private static final String ROWS = "locations:list_data";
    private static final By LIST = By.id("locations:list");

    LocationsPage(Browser browser) {
        super(browser, PATH, LIST);
    }

    public static LocationsPage open(Browser browser) {
        browser.open(PATH);
        return new LocationsPage(browser);
    }

    /** Adds a location with the brands (by name) it carries; waits until the list shows it. */
    public LocationsPage addLocation(String name, String city, String country, Set<String> brands) {
        type(By.id("locationForm:name"), name);
        type(By.id("locationForm:city"), city);
        type(By.id("locationForm:country"), country);
        Forms.check(browser, "locationForm:brands", brands);
        browser.clickAndAwaitReplacement(find(By.id("locationForm:save")), find(LIST));
        browser.waitForVisible(rowWhere(ROWS, 1, name));
        browser.assertAccessible();
        return this;
    }

    /** Submits a location that must be refused; returns the error messages at the top of the page. */
    public List<String> addLocationRefused(String name, String city, String country) {
        type(By.id("locationForm:name"), name);
        type(By.id("locationForm:city"), city);
        type(By.id("locationForm:country"), country);
        Forms.check(browser, "locationForm:brands", Set.of());
        browser.clickAndAwaitReplacement(find(By.id("locationForm:save")), find(LIST));
        browser.waitForVisible(By.cssSelector("#messages .ui-messages-error"));
        browser.assertAccessible();
        return errors();
    }

    /** The location's cells: name, city, country, brands. */
    public Optional<List<String>> rowOf(String name) {
        return browser.driver().findElements(rowWhere(ROWS, 1, name)).stream().findFirst()
                .map(row -> row.findElements(By.xpath("td")).stream().limit(4).map(WebElement::getText).toList());
    }

    public List<String> names() {
        return browser.driver().findElements(By.xpath("//tbody[@id='" + ROWS + "']/tr/td[1]")).stream()
                .map(WebElement::getText).toList();
    }
}
