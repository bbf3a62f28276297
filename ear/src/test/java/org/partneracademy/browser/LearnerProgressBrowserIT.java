package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;

/**
 * What learners, partner admins and the vendor see of progress, in a real browser: a learner finds a
 * course with the catalog search, enrolls and leaves feedback, which the catalog then shows; a partner
 * admin opens My team; the vendor admin opens the progress dashboard. Every page is checked with axe.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class LearnerProgressBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLearnerSearchesTheCatalogEnrollsAndLeavesFeedback() {
        var course = Api.publishedCourse("Searchable " + UUID.randomUUID().toString().substring(0, 6));
        String code = course.path("code");
        String title = course.path("title");

        LoginPage.open(browser).signIn("rosa");
        var catalog = new MyLearningPage(browser).openCatalog();
        assertThat(catalog.suggestions()).as("Next for you: the pre-sales path").isNotEmpty();

        catalog.search(code.toLowerCase());
        assertThat(catalog.codes()).containsExactly(code);
        catalog.search("no course is called this " + UUID.randomUUID());
        assertThat(catalog.codes()).isEmpty();
        assertThat(catalog.emptyMessage()).isEqualTo("No course matches your search.");

        var enrollment = catalog.enroll(code);
        assertThat(enrollment.courseTitle()).isEqualTo(title);
        enrollment.giveFeedback("4 – good", "<b>Clear</b> & practical");
        assertThat(enrollment.notices()).contains("Your feedback is saved.");
        assertThat(enrollment.feedbackComment()).isEqualTo("<b>Clear</b> & practical");

        var again = enrollment.openCatalog();
        assertThat(again.ratingOf(code)).isEqualTo("4.0 / 5 (1)");
    }

    @Test
    void aPartnerAdminOpensMyTeam() {
        LoginPage.open(browser).signIn("pa.contoso");
        var team = new PeoplePage(browser).openTeam();
        assertThat(team.heading()).isEqualTo("My team");
        assertThat(team.names()).contains("Emma Evans").doesNotContain("Ines Ibarra", "Alice Anders");

        team.search("Evans");
        assertThat(team.names()).containsExactly("Emma Evans");
        assertThat(team.rowOf("Emma Evans")).startsWith("Emma Evans (emma)", "Sales rep", "Contoso London");
    }

    @Test
    void theVendorAdminOpensTheDashboard() {
        LoginPage.open(browser).signIn("admin");
        var dashboard = new CourseAdminPage(browser).openDashboard();
        assertThat(dashboard.heading()).isEqualTo("Progress dashboard");
        // Stage 2 (certifications) leads the dashboard, then the stage-1 progress charts.
        assertThat(dashboard.sections()).containsExactly("Certifications", "Enrollments and completions per month",
                "Enrollments by partner", "Completion rate by course");
        assertThat(dashboard.totalEnrollments()).isPositive();
        assertThat(dashboard.partners()).contains("Litware Implementation");
        browser.waitUntil(driver -> dashboard.drawnCharts() == 3);
    }
}
