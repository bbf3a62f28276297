package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * groups, what to take next and why it is assigned; a vendor admin sees the paths' groups and previews whom a rule would hit.
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
    void aVendorAdminPreviewsWhomARuleWouldAssign() {
        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser);
        var paths = PathAdminPage.open(browser);
        assertThat(paths.rowOf("Pre-sales engineer track")).satisfies(row -> {
            assertThat(row.get(3)).contains("any 1 of 2");
            assertThat(row.get(4)).isEqualTo("Sales rep onboarding");
        });

        var rules = RuleAdminPage.open(browser);
        assertThat(rules.heading()).isEqualTo("Assignment rules");

        var names = rules.condition("Position", "SERVICE_TECHNICIAN").preview();

        assertThat(rules.previewCount()).startsWith("People this rule would assign:");
        assertThat(names).contains("Carla Conti").hasSizeLessThanOrEqualTo(20);
    }
}
