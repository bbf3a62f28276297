package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * Learning paths in a real browser: a learner finds the path assigned to her under "My paths", with its
 * groups, what to take next and why it is assigned; a vendor admin defines a path
 * (and is told why a bad one is refused) and previews whom a rule would hit.
 * The rules themselves are the services' (see AssignmentRuleIT); this checks the pages show them.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class LearningPathBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLearnerFindsHerPathAndSeesWhyItIsAssigned() {
        LoginPage.open(browser).signIn("alice");
        var myPaths = new MyLearningPage(browser).openMyPaths();

        assertThat(myPaths.pathNames()).contains("Sales rep onboarding");
        assertThat(myPaths.reasonsFor("Sales rep onboarding")).containsExactly(
                "Sales reps at Gold-or-above resellers: you match position SALES_REP, tier Gold or above, partner type RESELLER");
        assertThat(myPaths.groupsOf("Sales rep onboarding")).hasSize(2)
                .anySatisfy(caption -> assertThat(caption).startsWith("Group 2: any 1 of 3"));
        assertThat(myPaths.statusOf("Sales rep onboarding")).contains("steps done");
        assertThat(myPaths.nextOf("Sales rep onboarding")).startsWith("Next:");
    }

    @Test
    void aVendorAdminDefinesAPathAndPreviewsWhomARuleWouldAssign() {
        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser);
        var paths = PathAdminPage.open(browser);
        assertThat(paths.rowOf("Pre-sales engineer track")).satisfies(row -> {
            assertThat(row.get(3)).contains("any 1 of 2");
            assertThat(row.get(4)).isEqualTo("Sales rep onboarding");
        });

        // A new path with a required and an elective group, requiring another path; then one asking for
        // "any 3 of 2", refused with the reason, the list unchanged.
        String name = "Browser path " + UUID.randomUUID().toString().substring(0, 8);
        paths = paths.createPath(name, "Deal desk", List.of("Deal desk essentials"),
                new PathAdminPage.Group("Required (all)", "", "DEALDESK-110, PRODUCT-100"),
                new PathAdminPage.Group("Elective (any N)", "1", "SALES-201, SALES-301"));
        assertThat(paths.notices()).containsExactly("Path saved: " + name);
        assertThat(paths.rowOf(name)).satisfies(row -> {
            assertThat(row.get(3)).isEqualTo("all 2: DEALDESK-110, PRODUCT-100 · any 1 of 2: SALES-201, SALES-301");
            assertThat(row.get(4)).isEqualTo("Deal desk essentials");
        });
        int pathsBefore = paths.pathNames().size();
        paths = paths.createPath(name + " too many", "Deal desk", List.of(),
                new PathAdminPage.Group("Elective (any N)", "3", "SALES-201, SALES-301"));
        assertThat(paths.errors()).singleElement().asString().contains("between 1 and 2");
        assertThat(paths.pathNames()).hasSize(pathsBefore).doesNotContain(name + " too many");

        var rules = RuleAdminPage.open(browser);
        assertThat(rules.heading()).isEqualTo("Assignment rules");

        var names = rules.condition("Position", "SERVICE_TECHNICIAN").preview();

        assertThat(rules.previewCount()).startsWith("People this rule would assign:");
        assertThat(names).contains("Carla Conti").hasSizeLessThanOrEqualTo(20);
    }
}
