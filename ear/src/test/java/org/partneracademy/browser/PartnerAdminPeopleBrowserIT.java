package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;

/**
 * A partner admin manages their people in a real browser: sees only their own partner's people, adds
 * one, is refused duplicates and empty input, and deactivates the new person, who can then no longer
 * sign in. Every page and dialog on the way is checked for accessibility (see {@link Page}).
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class PartnerAdminPeopleBrowserIT {

    private static final String INVALID_SIGN_IN = "The user name or password is not valid.";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aPartnerAdminAddsAPersonAndDeactivatesThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "ui.person." + suffix;
        String password = "initial-" + suffix + "-pw";
        var newPerson = new PeoplePage.NewPerson(username, "Ursula Interface " + suffix, username + "@example.com",
                "Sales rep", "Field seller", "Emma Evans (emma)", Set.of("Contoso London"), Set.of("Learner"), password);

        LoginPage.open(browser).signIn("pa.contoso");
        var people = new PeoplePage(browser);
        assertThat(people.heading()).isEqualTo("People");
        assertThat(people.signedInUser()).isEqualTo("pa.contoso");
        assertThat(people.usernames()).contains("emma", "pa.contoso").doesNotContain("alice", "pa.northwind");
        assertThat(people.offersDeactivationOf("emma")).isTrue();
        assertThat(people.offersDeactivationOf("pa.contoso")).as("no button to deactivate oneself").isFalse();

        people.addPerson(newPerson);
        assertThat(people.notices()).contains("Person added: " + username);
        assertThat(people.formIsEmpty()).as("the form is blank for the next person").isTrue();
        assertThat(people.rowOf(username)).hasValueSatisfying(row -> assertThat(row).startsWith(
                "Ursula Interface " + suffix, username, "Sales rep", "Field seller", "emma", "Contoso London", "Learner",
                "Active"));

        // Same user name, otherwise new: refused as a conflict, and no second row appears.
        var duplicate = new PeoplePage.NewPerson(username, "Someone Else", "other." + suffix + "@example.com",
                "Trainer", null, null, Set.of("Contoso Manchester"), Set.of("Trainer"), password);
        assertThat(people.addPersonRefused(duplicate)).containsExactly("The user name " + username + " is already taken");
        assertThat(people.rowsOf(username)).isEqualTo(1);
        int rowsBefore = people.usernames().size();

        var errors = people.addPersonRefused(PeoplePage.NewPerson.empty());
        assertThat(errors).anyMatch(e -> e.startsWith("username:"))
                .anyMatch(e -> e.startsWith("displayName:"))
                .anyMatch(e -> e.startsWith("email:"))
                .anyMatch(e -> e.startsWith("position:"))
                .anyMatch(e -> e.startsWith("locationIds:"))
                .anyMatch(e -> e.startsWith("roles:"))
                .anyMatch(e -> e.startsWith("initialPassword:"))
                .noneMatch(e -> e.startsWith("persona:") || e.startsWith("managerId:"));
        assertThat(people.usernames()).hasSize(rowsBefore);

        // The positive control for the end: the new person's password works while they are active.
        people.signOut().signIn(username, password);
        var myLearning = new MyLearningPage(browser);
        assertThat(myLearning.signedInUser()).isEqualTo(username);
        myLearning.signOut().signIn("pa.contoso");
        people = new PeoplePage(browser);

        people.deactivate(username);
        assertThat(people.notices()).contains("Person deactivated: " + username);
        assertThat(people.isActive(username)).isFalse();
        assertThat(people.offersDeactivationOf(username)).isFalse();
        assertThat(people.isActive("emma")).isTrue();

        var login = people.signOut().signInRefused(username, password);
        assertThat(login.errors()).containsExactly(INVALID_SIGN_IN);
    }
}
