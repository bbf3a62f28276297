package org.partneracademy.browser;

import org.openqa.selenium.By;

/** /admin/partners.xhtml: the vendor admin's directory of partners. */
public final class PartnersPage extends SignedInPage {

    static final String PATH = "/admin/partners.xhtml";

    PartnersPage(Browser browser) {
        super(browser, PATH, By.id("partners"));
    }

    /** The cells of the partner's row: name, type, tier, agreement, locations, active people. */
    public java.util.List<String> rowOf(String partnerName) {
        return find(rowWhere("partners_data", 1, partnerName)).findElements(By.tagName("td")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }
}
