package org.partneracademy.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /partner/people.xhtml, "People": a partner admin lists, adds, imports (CSV) and deactivates the people
 * of their partner.
 */
public final class PeoplePage extends SignedInPage {

    static final String PATH = "/partner/people.xhtml";

    private static final String ROWS = "people:list_data";
    private static final By LIST = By.id("people:list");
    private static final By CONFIRM_DIALOG = By.id("confirm:dialog");
    private static final By IMPORT_FILE = By.id("importPeople:file");
    private static final By IMPORT = By.id("importPeople:import");
    private static final By GLOBAL_MESSAGES = By.cssSelector(
            "#messages .ui-messages-info-summary, #messages .ui-messages-warn-summary, #messages .ui-messages-error-summary");
    private static final int USERNAME_COLUMN = 2;
    private static final int STATUS_COLUMN = 8;

    /** What the "Add person" form is filled with; null or empty leaves a field (or a group of checkboxes) empty. */
    public record NewPerson(String username, String displayName, String email, String position, String persona,
            String manager, Set<String> locations, Set<String> roles, String initialPassword) {

        public static NewPerson empty() {
            return new NewPerson(null, null, null, null, null, null, Set.of(), Set.of(), null);
        }
    }

    PeoplePage(Browser browser) {
        super(browser, PATH, LIST);
    }

    public static PeoplePage open(Browser browser) {
        browser.open(PATH);
        return new PeoplePage(browser);
    }

    /** Adds a person and waits until the list shows them. */
    public PeoplePage addPerson(NewPerson person) {
        fill(person);
        submit();
        browser.waitForVisible(rowWhere(ROWS, USERNAME_COLUMN, person.username()));
        browser.assertAccessible();
        return this;
    }

    /** Submits a person that must be refused; returns the error messages the page shows, at the top and next to fields. */
    public List<String> addPersonRefused(NewPerson person) {
        fill(person);
        submit();
        browser.waitForVisible(By.cssSelector("#messages .ui-messages-error, .ui-message-error"));
        browser.assertAccessible();
        return Stream.concat(errors().stream(), browser.driver().findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText)).toList();
    }

    /** Deactivates the person, confirming the dialog that asks first; waits until the row shows them inactive. */
    public PeoplePage deactivate(String username) {
        find(By.xpath(rowXPath(ROWS, USERNAME_COLUMN, username) + "//button[contains(@id, ':deactivate')]")).click();
        var dialog = browser.waitForVisible(CONFIRM_DIALOG);
        // The one global dialog serves every row: confirm only once it asks about this person.
        browser.waitUntil(ExpectedConditions.textToBePresentInElement(
                dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")), "(" + username + ")?"));
        // The dialog is a state of the page of its own: check it while it is open.
        browser.assertAccessible();
        var list = find(LIST);
        browser.clickAndAwaitReplacement(dialog.findElement(By.id("confirm:yes")), list);
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(CONFIRM_DIALOG));
        browser.waitUntil(ExpectedConditions.textToBe(By.xpath(rowXPath(ROWS, USERNAME_COLUMN, username)
                + "/td[" + STATUS_COLUMN + "]"), "Inactive"));
        browser.assertAccessible();
        return this;
    }

    /**
     * Imports the file with "Import people from CSV": chooses it in the file input, as a user's file
     * dialog would, and submits. Waits until the list is re-rendered, which the import does whether the
     * file is taken or refused; its outcome is then in {@link #messages()}.
     */
    public PeoplePage importCsv(Path file) {
        find(IMPORT_FILE).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndAwaitReplacement(find(IMPORT), find(LIST));
        browser.assertAccessible();
        return this;
    }

    /** Every message at the top of the page, information and errors alike, in the order the page shows them. */
    public List<String> messages() {
        return browser.driver().findElements(GLOBAL_MESSAGES).stream().map(WebElement::getText).toList();
    }

    /** The person's row as the user reads it, cell by cell; empty when the list does not show them. */
    public Optional<List<String>> rowOf(String username) {
        return browser.driver().findElements(rowWhere(ROWS, USERNAME_COLUMN, username)).stream().findFirst()
                .map(row -> row.findElements(By.xpath("td")).stream().map(WebElement::getText).toList());
    }

    /** How many rows show the user name: more than one would be a duplicate person. */
    public int rowsOf(String username) {
        return browser.driver().findElements(rowWhere(ROWS, USERNAME_COLUMN, username)).size();
    }

    public boolean isActive(String username) {
        return "Active".equals(find(rowWhere(ROWS, USERNAME_COLUMN, username))
                .findElement(By.xpath("td[" + STATUS_COLUMN + "]")).getText());
    }

    /** Whether the person's row offers the "Deactivate" button. */
    public boolean offersDeactivationOf(String username) {
        return !find(rowWhere(ROWS, USERNAME_COLUMN, username))
                .findElements(By.xpath(".//button[contains(@id, ':deactivate')]")).isEmpty();
    }

    public List<String> usernames() {
        return browser.driver().findElements(By.xpath("//tbody[@id='" + ROWS + "']/tr/td[" + USERNAME_COLUMN + "]"))
                .stream().map(WebElement::getText).toList();
    }

    /** Whether the "Add person" form is blank again: nothing typed, chosen or checked. */
    public boolean formIsEmpty() {
        boolean nothingTyped = Stream.of("username", "displayName", "email", "persona", "initialPassword")
                .allMatch(field -> find(By.id("newPerson:" + field)).getAttribute("value").isEmpty());
        boolean nothingChosen = Stream.of("position", "manager")
                .allMatch(menu -> find(By.id("newPerson:" + menu + "_input")).getAttribute("value").isEmpty());
        boolean nothingChecked = browser.driver().findElements(By.cssSelector("#newPerson input[type=checkbox]")).stream()
                .noneMatch(WebElement::isSelected);
        return nothingTyped && nothingChosen && nothingChecked;
    }

    private void fill(NewPerson person) {
        type(By.id("newPerson:username"), person.username());
        type(By.id("newPerson:displayName"), person.displayName());
        type(By.id("newPerson:email"), person.email());
        choose("newPerson:position", person.position());
        type(By.id("newPerson:persona"), person.persona());
        pickManager(person.manager());
        check("newPerson:locations", person.locations());
        check("newPerson:roles", person.roles());
        type(By.id("newPerson:initialPassword"), person.initialPassword());
    }

    /**
     * Picks the manager in the autocomplete as a user does: types the start of the label, waits for the
     * suggestions and clicks the one with exactly that label. No label leaves the field empty.
     */
    private void pickManager(String label) {
        if (label == null || label.isEmpty()) {
            type(By.id("newPerson:manager_input"), null);
        } else {
            pickSuggestion("newPerson:manager", label.substring(0, Math.min(4, label.length())), label);
        }
    }

    /** Sets a p:selectManyCheckbox to exactly the given labels, clicking the boxes (the inputs themselves are hidden). */
    private void check(String groupId, Set<String> labels) {
        for (WebElement input : find(By.id(groupId)).findElements(By.cssSelector("input[type=checkbox]"))) {
            String label = find(By.xpath("//label[@for=" + xpathLiteral(input.getAttribute("id")) + "]")).getText();
            if (input.isSelected() != labels.contains(label)) {
                input.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                        + "//div[contains(concat(' ', @class, ' '), ' ui-chkbox-box ')]")).click();
            }
        }
    }

    /** "Add person" re-renders the form and the list, and the global messages. */
    private void submit() {
        browser.clickAndAwaitReplacement(find(By.id("newPerson:add")), find(LIST));
    }
}
