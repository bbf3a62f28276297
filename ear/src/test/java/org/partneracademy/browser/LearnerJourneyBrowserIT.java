package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The thin slice through the pages, in a real browser: a vendor admin drafts and publishes a course,
 * a learner enrolls, completes it and sees the completion date. Plus the bad input and the denials a
 * user can meet on the way. Every page visited is also checked for accessibility (see {@link Page}).
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class LearnerJourneyBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void adminPublishesACourseAndALearnerCompletesIt() {
        String code = uniqueCode();
        String title = "Browser course " + code;

        LoginPage.open(browser).signIn("admin");
        var courses = new CourseAdminPage(browser);
        assertThat(courses.signedInUser()).isEqualTo("admin");
        courses.draftCourse(code, title, "149.00", "Getting started", "Going further");
        assertThat(courses.notices()).contains("Course drafted: " + code);
        assertThat(courses.statusOf(code)).isEqualTo("DRAFT");
        courses.publish(code);
        assertThat(courses.statusOf(code)).isEqualTo("PUBLISHED");
        assertThat(courses.notices()).contains("Course published: " + code);

        var partners = courses.openPartners();
        assertThat(partners.rowOf("Contoso Training")).contains("TRAINING_PARTNER", "Platinum", "REVENUE_SHARE", "2");

        var login = partners.signOut();
        assertThat(login.status()).isEqualTo("You have signed out.");

        login.signIn("bob");
        var myLearning = new MyLearningPage(browser);
        assertThat(myLearning.signedInUser()).isEqualTo("bob");

        var enrollment = myLearning.openCatalog().enroll(code);
        assertThat(enrollment.courseTitle()).isEqualTo(title);
        assertThat(enrollment.notices()).contains("You are now enrolled in " + title);
        assertThat(enrollment.status()).isEqualTo("ACTIVE");
        assertThat(enrollment.moduleTitles()).containsExactly("Getting started", "Going further");
        assertThat(enrollment.completedAt()).isEmpty();

        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        enrollment.completeModule("Getting started");
        assertThat(enrollment.status()).isEqualTo("ACTIVE");
        assertThat(enrollment.completedAt()).isEmpty();
        assertThat(enrollment.openModuleTitles()).containsExactly("Going further");
        enrollment.completeAllModules();
        LocalDate after = LocalDate.now(ZoneOffset.UTC);

        assertThat(enrollment.status()).isEqualTo("COMPLETED");
        assertThat(enrollment.notices()).contains("Congratulations, you have completed this course.");
        // "Today" in UTC; a run that straddles midnight may see either day.
        String completedOn = enrollment.completedAt().orElseThrow();
        assertThat(completedOn).isIn(before.toString(), after.toString());

        myLearning = enrollment.openMyLearning();
        assertThat(myLearning.statusOf(title)).isEqualTo("COMPLETED");
        assertThat(myLearning.completionDateOf(title)).contains(completedOn);
    }

    @Test
    void invalidCourseDraftsAreRefusedWithTheFieldsNamedAndCreateNothing() {
        LoginPage.open(browser).signIn("admin");
        var courses = new CourseAdminPage(browser);
        int coursesBefore = courses.courseCodes().size();

        var errors = courses.draftCourseRefused("", "", "", "", "");
        assertThat(errors).anyMatch(e -> e.startsWith("code:"))
                .anyMatch(e -> e.startsWith("title:"))
                .anyMatch(e -> e.startsWith("listPrice:"))
                .anyMatch(e -> e.startsWith("currency:"))
                .anyMatch(e -> e.startsWith("modules[0].title:"))
                .anyMatch(e -> e.startsWith("modules[0].durationMinutes:"));

        String badCode = "not a code " + UUID.randomUUID().toString().substring(0, 4);
        errors = courses.draftCourseRefused(badCode, "Bad code and currency", "10.00", "eur", "Only module");
        assertThat(errors).containsExactlyInAnyOrder(
                "code: use upper-case letters, digits and dashes",
                "currency: must be a three-letter ISO 4217 code such as EUR");

        errors = courses.draftCourseRefused(uniqueCode(), "Bad price", "ten euros", "EUR", "Only module");
        assertThat(errors).containsExactly("List price: enter a number such as 199.00.");

        assertThat(CourseAdminPage.open(browser).courseCodes()).hasSize(coursesBefore).doesNotContain(badCode);
    }

    @Test
    void aLearnerIsNotOfferedToEnrollTwice() {
        String code = uniqueCode();
        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser).draftCourse(code, "Enroll once " + code, "0.00", "The one module").publish(code).signOut()
                .signIn("bob");

        var catalog = new MyLearningPage(browser).openCatalog();
        assertThat(catalog.offersEnrollmentIn(code)).isTrue();
        catalog.enroll(code);

        catalog = CatalogPage.open(browser);
        assertThat(catalog.offersEnrollmentIn(code)).isFalse();
        assertThat(catalog.enrollmentOf(code)).isEqualTo("Enrolled");
    }

    @Test
    void aSignedOutVisitorSignsInAndReturnsToThePageTheyAskedFor() {
        browser.open(MyLearningPage.PATH);
        var login = new LoginPage(browser);
        assertThat(browser.path()).isEqualTo(LoginPage.PATH);
        login.signIn("bob");
        assertThat(new MyLearningPage(browser).signedInUser()).isEqualTo("bob");
    }

    /** Bob's own start page is "My learning"; the catalog proves the remembered page, not the default, is used. */
    @Test
    void theRememberedPageWinsOverTheStartPage() {
        browser.open(CatalogPage.PATH);
        new LoginPage(browser).signIn("bob");
        assertThat(new CatalogPage(browser).signedInUser()).isEqualTo("bob");
    }

    @Test
    void aLearnerIsDeniedTheAdministrationPage() {
        LoginPage.open(browser).signIn("bob");
        new MyLearningPage(browser);

        var denied = AccessDeniedPage.openForbidden(browser, CourseAdminPage.PATH);
        assertThat(denied.heading()).isEqualTo("Access denied");
        assertThat(denied.signedInUser()).isEqualTo("bob");
        assertThat(browser.driver().getTitle()).startsWith("Access denied");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        var login = LoginPage.open(browser).signInRefused("bob", "not-the-password");
        assertThat(login.errors()).containsExactly("The user name or password is not valid.");
        assertThat(browser.path()).isEqualTo(LoginPage.PATH);

        login = login.signInRefused("nobody-" + UUID.randomUUID(), "whatever");
        assertThat(login.errors()).containsExactly("The user name or password is not valid.");
    }

    private static String uniqueCode() {
        return "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
