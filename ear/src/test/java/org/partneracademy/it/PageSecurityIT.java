package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * Who may open which page, over plain HTTP: signed-out visitors are sent to the login page, each role
 * reaches its own pages and is refused (403) the others, and passwords never reach the server log.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PageSecurityIT {

    private static final String LEARNING = "/learning/index.xhtml";
    private static final String ADMIN = "/admin/courses.xhtml";
    private static final String PARTNERS = "/admin/partners.xhtml";
    private static final String PARTNER = "/partner/people.xhtml";
    private static final String LEADER = "/leader/inbox.xhtml";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /** The pages this issue added, vendor admin's and partner admin's, each checked like the first ones. */
    private static final String TIERS = "/admin/tiers.xhtml";
    private static final String BRANDS = "/admin/brands.xhtml";
    private static final String PATHS = "/admin/paths.xhtml";
    private static final String RULES = "/admin/rules.xhtml";
    private static final String DASHBOARD = "/admin/dashboard.xhtml";
    private static final String FEEDBACK = "/admin/feedback.xhtml?course=1";
    private static final String PARTNER_PAGE = "/admin/partner.xhtml?id=1";
    private static final String TEAM = "/partner/team.xhtml";
    private static final String LOCATIONS = "/partner/locations.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {LEARNING, ADMIN, PARTNERS, PARTNER, LEADER, TIERS, BRANDS, PATHS, RULES, DASHBOARD, FEEDBACK,
            PARTNER_PAGE, TEAM, LOCATIONS, "/learning/paths.xhtml"})
    void signedOutVisitorsAreSentToTheLoginPage(String page) {
        page(given(), page).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ADMIN, PARTNERS, PARTNER, LEADER, TIERS, BRANDS, PATHS, RULES, DASHBOARD, FEEDBACK,
            PARTNER_PAGE, TEAM, LOCATIONS})
    void aLearnerIsRefusedTheOtherRolesPages(String page) {
        page(as("alice"), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TIERS, BRANDS, PATHS, RULES, DASHBOARD, FEEDBACK, PARTNER_PAGE})
    void aPartnerAdminIsRefusedTheVendorsPages(String page) {
        page(as("pa.contoso"), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TEAM, LOCATIONS})
    void theVendorAdminIsRefusedThePartnerAdminsPages(String page) {
        page(as("admin"), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @Test
    void aLearnerOpensMyLearning() {
        page(as("alice"), LEARNING).then().statusCode(200).body(containsString("<h1>My learning</h1>"));
    }

    @Test
    void aPartnerAdminSeesOnlyTheirOwnPartnersPeople() {
        page(as("pa.contoso"), PARTNER).then().statusCode(200)
                .body(containsString("<h1>People</h1>"))
                .body(containsString("emma"))
                .body(not(containsString("alice")));
    }

    @Test
    void aTrainingLeaderOpensTheInbox() {
        page(as("leader"), LEADER).then().statusCode(200).body(containsString("<h1>Sign-off inbox</h1>"));
    }

    @Test
    void theVendorAdminOpensCourses() {
        page(as("admin"), ADMIN).then().statusCode(200).body(containsString("<h1>Courses</h1>"));
        page(as("admin"), PARTNERS).then().statusCode(200).body(containsString("<h1>Partners</h1>"))
                .body(containsString("Litware Implementation"));
        page(as("pa.contoso"), PARTNERS).then().statusCode(403);
    }

    /** The item statistics page is the vendor admin's alone. */
    @Test
    void theExamStatisticsPageIsTheVendorAdminsOnly() {
        String statistics = "/admin/exam-statistics.xhtml?exam=1";
        page(given(), statistics).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        page(as("alice"), statistics).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
        page(as("pa.contoso"), statistics).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
        page(as("leader"), statistics).then().statusCode(403);
        page(as("admin"), statistics).then().statusCode(200).body(containsString("<h1>Item statistics"));
    }

    /** One course version's page is the vendor admin's; the notifications page is every signed-in person's. */
    @Test
    void theCoursePageIsTheVendorAdminsAndNotificationsAreForEveryoneSignedIn() {
        page(given(), "/admin/course.xhtml?id=1").then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        page(as("alice"), "/admin/course.xhtml?id=1").then().statusCode(403);
        page(as("pa.contoso"), "/admin/course.xhtml?id=1").then().statusCode(403);
        page(as("admin"), "/admin/course.xhtml?id=1").then().statusCode(200).body(containsString("<h1>SALES-101 1.0</h1>"));
        page(given(), "/notifications.xhtml").then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        for (String user : new String[] {"alice", "admin", "leader", "pa.contoso", "trainer.contoso"}) {
            page(as(user), "/notifications.xhtml").then().statusCode(200).body(containsString("<h1>Notifications</h1>"));
        }
    }

    /** Sessions and enrollment (issue 4): the sessions page is the learners', the approvals inbox whoever decides requests. */
    private static final String SESSIONS = "/learning/sessions.xhtml";
    private static final String APPROVALS = "/partner/approvals.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {SESSIONS, APPROVALS, "/learning/enrollment.xhtml?id=1"})
    void signedOutVisitorsAreSentToTheLoginPageFromSessionsAndApprovals(String page) {
        page(given(), page).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
    }

    @Test
    void sessionsAreForLearnersAndApprovalsForPartnerAndVendorAdmins() {
        page(as("alice"), SESSIONS).then().statusCode(200).body(containsString("<h1>Upcoming sessions</h1>"));
        page(as("admin"), SESSIONS).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
        // The training leader is no learner and decides no enrollment.
        page(as("leader"), APPROVALS).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
        page(as("pa.contoso"), APPROVALS).then().statusCode(200).body(containsString("<h1>Approvals</h1>"))
                .body(containsString("menuApprovals"));
        page(as("admin"), APPROVALS).then().statusCode(200).body(containsString("<h1>Approvals</h1>"));
    }

    /**
     * A learner who manages people decides their reports' requests on the approvals page (and finds it
     * in the menu while one waits); a learner with no reports reaches the page but sees an empty inbox,
     * never someone else's request, and no menu entry.
     */
    @Test
    void approvalsAreForLearnersWhoManagePeopleAndShowOnlyTheirOwnRequests() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", true, 7), 4);
        EnrollmentFixtures.login(learner).body(Map.of("sessionId", sessionId)).post(Api.V1 + "/enrollments").then()
                .statusCode(201).body("status", equalTo("PENDING_APPROVAL"));

        page(imported(team.manager()), APPROVALS).then().statusCode(200).body(containsString("<h1>Approvals</h1>"))
                .body(containsString("Learner " + learner)).body(containsString("menuApprovals"));
        page(imported(learner), APPROVALS).then().statusCode(200).body(containsString("<h1>Approvals</h1>"))
                .body(containsString("No enrollment is waiting for your approval."))
                .body(not(containsString("approval-learner")));
        page(imported(learner), "/learning/index.xhtml").then().statusCode(200).body(not(containsString("menuApprovals")));
        page(imported(team.manager()), "/learning/index.xhtml").then().statusCode(200).body(containsString("menuApprovals"));
    }

    /** The session pages are the vendor admin's; the instructor's pages are the trainers'. */
    @Test
    void sessionPagesAreTheVendorAdminsAndTeachingPagesTheTrainers() {
        for (String path : new String[] {"/admin/sessions.xhtml", "/admin/session.xhtml?id=1", "/teach/sessions.xhtml",
                "/teach/roster.xhtml?id=1"}) {
            page(given(), path).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        }
        for (String user : new String[] {"alice", "pa.contoso", "trainer.contoso", "leader"}) {
            page(as(user), "/admin/sessions.xhtml").then().statusCode(403);
            page(as(user), "/admin/session.xhtml?id=1").then().statusCode(403);
        }
        for (String user : new String[] {"alice", "pa.contoso", "admin", "leader"}) {
            page(as(user), "/teach/sessions.xhtml").then().statusCode(403);
            page(as(user), "/teach/roster.xhtml?id=1").then().statusCode(403);
        }
        page(as("admin"), "/admin/sessions.xhtml").then().statusCode(200).body(containsString("<h1>Sessions</h1>"));
        // The demo's second session is Contoso's SERVICE-210 classroom (V7__demo_sessions.sql).
        page(as("admin"), "/admin/session.xhtml?id=2").then().statusCode(200).body(containsString("<h1>SERVICE-210 "))
                .body(containsString("Tom Trainer"));
        page(as("trainer.contoso"), "/teach/sessions.xhtml").then().statusCode(200).body(containsString("<h1>My sessions</h1>"));
        // Another trainer's session reads as not found.
        page(as("trainer.fabrikam"), "/teach/roster.xhtml?id=2").then().statusCode(200)
                .body(containsString("<h1>Session not found</h1>"));
    }

    /**
     * Trainer authorisation pages: direct grants are the vendor admin's, suspending and revoking the
     * training leaders', "courses I may deliver" the trainers'. The demo trainer sees the demo authorisation
     * (V12__demo_trainer_authorisations.sql); the session editor offers co-instructors.
     */
    @Test
    void trainerAuthorisationPagesBelongToTheirRoles() {
        for (String path : new String[] {"/admin/trainer-authorisations.xhtml", "/leader/authorisations.xhtml",
                "/teach/authorisations.xhtml"}) {
            page(given(), path).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        }
        for (String user : new String[] {"alice", "pa.contoso", "trainer.contoso", "leader"}) {
            page(as(user), "/admin/trainer-authorisations.xhtml").then().statusCode(403);
        }
        for (String user : new String[] {"alice", "pa.contoso", "trainer.contoso", "admin"}) {
            page(as(user), "/leader/authorisations.xhtml").then().statusCode(403);
        }
        for (String user : new String[] {"alice", "pa.contoso", "admin", "leader"}) {
            page(as(user), "/teach/authorisations.xhtml").then().statusCode(403);
        }
        page(as("admin"), "/admin/trainer-authorisations.xhtml").then().statusCode(200)
                .body(containsString("<h1>Trainer authorisations</h1>")).body(containsString("grantButton"));
        page(as("leader"), "/leader/authorisations.xhtml").then().statusCode(200)
                .body(containsString("<h1>Trainer authorisations</h1>")).body(containsString("Tom Trainer"));
        page(as("trainer.contoso"), "/teach/authorisations.xhtml").then().statusCode(200)
                .body(containsString("<h1>Courses I may deliver</h1>")).body(containsString("SERVICE-210"));
        page(as("admin"), "/admin/session.xhtml?id=2").then().statusCode(200).body(containsString("coInstructors"));
    }

    /**
     * Assessment pages: authoring is the vendor admin's, grading the training leaders' and the vendor
     * admin's, taking an exam the learners'. A learner's exam page renders every question kind of the demo
     * exam EXAM-PRODUCT-100 (exam 1 of V8__demo_assessments.sql) with the submit button, never an answer.
     */
    @Test
    void assessmentPagesBelongToTheirRoles() {
        for (String path : new String[] {"/admin/question-banks.xhtml", "/admin/question-bank.xhtml?id=1",
                "/admin/exams.xhtml", "/admin/exam.xhtml?id=1", "/leader/grading.xhtml", "/learning/exams.xhtml",
                "/learning/exam.xhtml?exam=1", "/learning/attempt.xhtml?id=1"}) {
            page(given(), path).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        }
        for (String user : new String[] {"alice", "pa.contoso", "trainer.contoso", "leader"}) {
            page(as(user), "/admin/question-banks.xhtml").then().statusCode(403);
            page(as(user), "/admin/exam.xhtml?id=1").then().statusCode(403);
        }
        for (String user : new String[] {"alice", "pa.contoso", "trainer.contoso"}) {
            page(as(user), "/leader/grading.xhtml").then().statusCode(403);
        }
        for (String user : new String[] {"admin", "leader"}) {
            page(as(user), "/learning/exam.xhtml?exam=1").then().statusCode(403);
        }
        page(as("admin"), "/admin/question-banks.xhtml").then().statusCode(200).body(containsString("Product Tour 2026"));
        page(as("admin"), "/admin/question-bank.xhtml?id=1").then().statusCode(200)
                .body(containsString("Which licence model is new in 2026?"));
        page(as("admin"), "/admin/exams.xhtml").then().statusCode(200).body(containsString("EXAM-PRODUCT-100"));
        page(as("admin"), "/admin/exam.xhtml?id=1").then().statusCode(200)
                .body(containsString("<h1>Product Tour 2026 exam</h1>"));
        page(as("leader"), "/leader/grading.xhtml").then().statusCode(200).body(containsString("<h1>Grading</h1>"));
        page(as("admin"), "/leader/grading.xhtml").then().statusCode(200).body(containsString("<h1>Grading</h1>"));
        page(as("alice"), "/learning/exams.xhtml").then().statusCode(200).body(containsString("Product Tour 2026 exam"))
                .body(containsString("menuMyExams"));
        page(as("alice"), "/learning/exam.xhtml?exam=1").then().statusCode(200).body(containsString("startAttempt"));

        String learner = EnrollmentFixtures.team(1).learners().get(0);
        long attempt = ((Number) EnrollmentFixtures.login(learner).post(Api.V1 + "/exams/1/attempts").then().statusCode(201)
                .extract().path("id")).longValue();
        page(imported(learner), "/learning/exam.xhtml?exam=1").then().statusCode(200)
                .body(containsString("submitAttempt")).body(containsString("timeLeft"))
                .body(containsString("Put the steps of a first installation in order."))
                .body(containsString("Unlimited sites")).body(not(containsString("connector")));
        EnrollmentFixtures.login(learner).post(Api.V1 + "/attempts/" + attempt + "/submission").then().statusCode(200);
        page(imported(learner), "/learning/attempt.xhtml?id=" + attempt).then().statusCode(200)
                .body(containsString("id=\"outcome\"")).body(containsString("Not passed"));
        page(as("alice"), "/learning/attempt.xhtml?id=" + attempt).then().statusCode(404)
                .body(containsString("<h1>Attempt not found</h1>"));
    }

    /** Sign-ins with right and wrong passwords, on the login form and with HTTP Basic, log neither password. */
    @Test
    void passwordsNeverReachTheServerLog() throws IOException {
        String wrongPassword = "wrong-" + UUID.randomUUID();

        signInOnTheForm("alice", RealEar.DEMO_PASSWORD).then().statusCode(302)
                .header("Location", not(endsWith("/login.xhtml")));
        signInOnTheForm("alice", wrongPassword).then().statusCode(200)
                .body(containsString("The user name or password is not valid."));
        page(as("alice"), LEARNING).then().statusCode(200);
        page(given().auth().preemptive().basic("alice", wrongPassword), LEARNING).then().statusCode(401);

        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
        assertThat(log).isNotEmpty().doesNotContain(RealEar.DEMO_PASSWORD).doesNotContain(wrongPassword);
    }

    /**
     * A signed-in admin's session cookie is not enough to post a form: JSF's view state (server-side,
     * unguessable) must come from a page served to that session. The same post with the real view
     * state succeeds, which proves the refusal is the token's doing and not a malformed request.
     */
    @Test
    void formPostsWithoutTheSessionsViewStateAreRefused() {
        var signIn = signInOnTheForm("admin", RealEar.DEMO_PASSWORD);
        signIn.then().statusCode(302);
        var session = signIn.getDetailedCookies();

        String forgedCode = "CSRF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        postNewCourse(session, forgedCode, "-1234567890123456789:-987654321");
        String genuineCode = "FORM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var adminPage = given().cookies(session).accept("text/html").get(RealEar.BASE_URL + ADMIN);
        postNewCourse(session, genuineCode, viewStateOf(adminPage.asString()));

        String courses = page(as("admin"), ADMIN).asString();
        assertThat(courses).doesNotContain(forgedCode).contains(genuineCode);
    }

    /** The certification pages: the vendor admin's definitions and certifications, the learner's own. */
    private static final String CERTIFICATIONS = "/admin/certifications.xhtml";
    private static final String CERTIFICATION_DEFINITION = "/admin/certification.xhtml";
    private static final String MY_CERTIFICATIONS = "/learning/certifications.xhtml";
    private static final String PARTNER_CERTIFICATIONS = "/partner/certifications.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {CERTIFICATIONS, CERTIFICATION_DEFINITION, MY_CERTIFICATIONS})
    void signedOutVisitorsAreSentToTheLoginPageFromCertifications(String page) {
        signedOutVisitorsAreSentToTheLoginPage(page);
    }

    @ParameterizedTest
    @CsvSource({"alice," + CERTIFICATIONS, "alice," + CERTIFICATION_DEFINITION, "pa.contoso," + CERTIFICATIONS,
            "pa.contoso," + CERTIFICATION_DEFINITION, "leader," + CERTIFICATIONS, "admin," + MY_CERTIFICATIONS,
            "admin," + PARTNER_CERTIFICATIONS, "alice," + PARTNER_CERTIFICATIONS})
    void certificationPagesAreRefusedToOtherRoles(String user, String page) {
        page(as(user), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @Test
    void theVendorAdminOpensCertificationsAndALearnerTheirOwn() {
        page(as("admin"), CERTIFICATIONS).then().statusCode(200).body(containsString("<h1>Certifications</h1>"));
        page(as("admin"), CERTIFICATION_DEFINITION).then().statusCode(200)
                .body(containsString("<h1>New certification definition</h1>"));
        page(as("alice"), MY_CERTIFICATIONS).then().statusCode(200).body(containsString("<h1>My certifications</h1>"));
        page(as("pa.contoso"), PARTNER_CERTIFICATIONS).then().statusCode(200)
                .body(containsString("<h1>Certifications of my people</h1>"));
        // The demo definition (V9) opens in the form, its paths as requirement lines.
        long associate = org.partneracademy.it.support.Api.as("admin").get(org.partneracademy.it.support.Api.V1
                + "/certification-definitions").then().statusCode(200).extract()
                .<Number>path("find { it.code == 'CERT-PRODUCT-ASSOCIATE' }.id").longValue();
        page(as("admin"), CERTIFICATION_DEFINITION + "?id=" + associate).then().statusCode(200)
                .body(containsString("<h1>Certified Product Associate</h1>")).body(containsString("Refresher exam"));
    }

    /** Trainer candidacies (issue 6): the partner admin's trainers, the vendor admin's candidates, the trainer's progress. */
    private static final String PARTNER_TRAINERS = "/partner/trainers.xhtml";
    private static final String TRAINER_CANDIDATES = "/admin/trainer-candidates.xhtml";
    private static final String MY_TRAINER_PROGRESS = "/teach/my-progress.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {PARTNER_TRAINERS, TRAINER_CANDIDATES, MY_TRAINER_PROGRESS})
    void signedOutVisitorsAreSentToTheLoginPageFromCandidacies(String page) {
        signedOutVisitorsAreSentToTheLoginPage(page);
    }

    @ParameterizedTest
    @CsvSource({"alice," + PARTNER_TRAINERS, "trainer.contoso," + PARTNER_TRAINERS, "admin," + PARTNER_TRAINERS,
            "pa.contoso," + TRAINER_CANDIDATES, "leader," + TRAINER_CANDIDATES, "trainer.contoso," + TRAINER_CANDIDATES,
            "alice," + MY_TRAINER_PROGRESS, "pa.contoso," + MY_TRAINER_PROGRESS, "admin," + MY_TRAINER_PROGRESS})
    void candidacyPagesAreRefusedToOtherRoles(String user, String page) {
        page(as(user), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @Test
    void candidacyPagesOpenForTheirRoles() {
        page(as("pa.contoso"), PARTNER_TRAINERS).then().statusCode(200).body(containsString("<h1>Our trainers</h1>"))
                .body(containsString("Designated trainers per course"));
        page(as("admin"), TRAINER_CANDIDATES).then().statusCode(200).body(containsString("<h1>Trainer candidates</h1>"));
        page(as("trainer.contoso"), MY_TRAINER_PROGRESS).then().statusCode(200)
                .body(containsString("<h1>My trainer certification progress</h1>"));
    }

    /** Certificates and objectives (issue 5): the verify page is public, objectives pages per admin role. */
    private static final String OBJECTIVES_ADMIN = "/admin/objectives.xhtml";
    private static final String OBJECTIVES_PARTNER = "/partner/objectives.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {OBJECTIVES_ADMIN, OBJECTIVES_PARTNER})
    void signedOutVisitorsAreSentToTheLoginPageFromObjectives(String page) {
        page(given(), page).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
    }

    @Test
    void objectivesPagesAreForTheirAdminsAndTheVerifyPageForEveryone() {
        page(as("admin"), OBJECTIVES_ADMIN).then().statusCode(200).body(containsString("<h1>Certification objectives and tiers</h1>"));
        page(as("pa.contoso"), OBJECTIVES_ADMIN).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
        page(as("alice"), OBJECTIVES_ADMIN).then().statusCode(403);
        page(as("pa.contoso"), OBJECTIVES_PARTNER).then().statusCode(200).body(containsString("<h1>Certification objectives</h1>"))
                .body(containsString("menuObjectives"));
        page(as("admin"), OBJECTIVES_PARTNER).then().statusCode(403);
        page(as("alice"), OBJECTIVES_PARTNER).then().statusCode(403);
        page(as("admin"), DASHBOARD).then().statusCode(200).body(containsString("id=\"certifiedLearners\""));
        page(given(), "/verify/ABCDEFGHJKLMNPQR").then().statusCode(404).body(containsString("<h1>Certificate verification</h1>"));
        page(given(), "/verify.xhtml?code=ABCDEFGHJKLMNPQR").then().statusCode(404);
    }

    private static Response postNewCourse(io.restassured.http.Cookies session, String code, String viewState) {
        return given().redirects().follow(false).cookies(session).accept("text/html")
                .contentType("application/x-www-form-urlencoded")
                .formParam("newCourse", "newCourse")
                .formParam("newCourse:code", code)
                .formParam("newCourse:title", "Posted form " + code)
                .formParam("newCourse:format_input", "SELF_PACED")
                .formParam("newCourse:language", "en")
                .formParam("newCourse:listPrice", "10.00")
                .formParam("newCourse:currency", "EUR")
                .formParam("newCourse:modules:0:moduleTitle", "Only module")
                .formParam("newCourse:modules:0:moduleMinutes", "10")
                .formParam("newCourse:create", "newCourse:create")
                .formParam("jakarta.faces.ViewState", viewState)
                .post(RealEar.BASE_URL + ADMIN);
    }

    private static String viewStateOf(String html) {
        var matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("the page has a view state").isTrue();
        return matcher.group(1);
    }

    private static RequestSpecification imported(String username) {
        return given().auth().preemptive().basic(username, EnrollmentFixtures.LEARNER_PASSWORD);
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, RealEar.DEMO_PASSWORD);
    }

    /** A browser-like page request: HTML accepted, redirects not followed so they can be checked. */
    private static Response page(RequestSpecification request, String path) {
        return request.redirects().follow(false).accept("text/html").get(RealEar.BASE_URL + path);
    }

    /** Posts the login form as a browser does: with the session cookie and view state of a fresh login page. */
    private static Response signInOnTheForm(String username, String password) {
        var loginPage = page(given(), "/login.xhtml");
        loginPage.then().statusCode(200);
        String viewState = viewStateOf(loginPage.asString());
        return given().redirects().follow(false).accept("text/html")
                .cookies(loginPage.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("login", "login")
                .formParam("login:username", username)
                .formParam("login:password", password)
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", viewState)
                .post(RealEar.BASE_URL + "/login.xhtml");
    }

    /** The trainer panel (issue 6): sign-off pages are the training leaders', delivery standards the vendor admin's. */
    private static final String SIGNOFFS = "/leader/signoffs.xhtml";
    private static final String SIGNOFF = "/leader/signoff.xhtml?task=none";
    private static final String PANEL = "/leader/panel.xhtml?delivery=1";
    private static final String DECISIONS = "/leader/decisions.xhtml";
    private static final String STANDARDS = "/admin/delivery-standards.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {SIGNOFFS, SIGNOFF, PANEL, DECISIONS, STANDARDS})
    void signedOutVisitorsAreSentToTheLoginPageFromThePanelPages(String page) {
        signedOutVisitorsAreSentToTheLoginPage(page);
    }

    @ParameterizedTest
    @CsvSource({"alice," + SIGNOFFS, "trainer.contoso," + SIGNOFFS, "pa.contoso," + SIGNOFF, "admin," + SIGNOFFS,
            "admin," + DECISIONS, "trainer.contoso," + PANEL, "leader," + STANDARDS, "pa.contoso," + STANDARDS,
            "trainer.contoso," + STANDARDS})
    void panelPagesAreRefusedToOtherRoles(String user, String page) {
        page(as(user), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @Test
    void aTrainingLeaderOpensThePanelPagesAndTheVendorAdminTheStandards() {
        page(as("leader"), SIGNOFFS).then().statusCode(200).body(containsString("<h1>Panel sign-offs</h1>"))
                .body(containsString("menuSignoffs"));
        page(as("leader"), DECISIONS).then().statusCode(200).body(containsString("<h1>My panel decisions</h1>"));
        // A task that is not the leader's: the page says so and shows no form.
        page(as("leader"), SIGNOFF).then().statusCode(200).body(containsString("Open task of yours"))
                .body(org.hamcrest.Matchers.not(containsString("rubric:signOff")));
        page(as("admin"), STANDARDS).then().statusCode(200).body(containsString("<h1>Delivery standards</h1>"));
        // The vendor admin follows panels too (an unknown delivery: the page says so).
        page(as("admin"), PANEL).then().statusCode(200);
    }

    /** Refunds (issue 7): finance's page alone, found in finance's menu. */
    private static final String REFUNDS = "/finance/refunds.xhtml";

    @Test
    void theRefundsPageIsFinancesAlone() {
        page(given(), REFUNDS).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        for (String user : new String[] {"alice", "admin", "pa.contoso", "leader", "trainer.contoso"}) {
            page(as(user), REFUNDS).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
        }
        page(as("finance"), REFUNDS).then().statusCode(200).body(containsString("<h1>Refunds</h1>"))
                .body(containsString("menuRefunds"));
    }

    /** The statement review (issue 7): the partner admin's statement page, finance's dispute desk. */
    private static final String STATEMENT = "/partner/statement.xhtml?id=999999999";
    private static final String DISPUTES = "/finance/disputes.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {STATEMENT, DISPUTES})
    void signedOutVisitorsAreSentToTheLoginPageFromTheStatementReview(String page) {
        signedOutVisitorsAreSentToTheLoginPage(page);
    }

    @ParameterizedTest
    @CsvSource({"alice," + STATEMENT, "leader," + STATEMENT, "trainer.contoso," + STATEMENT,
            "pa.contoso," + DISPUTES, "admin," + DISPUTES, "alice," + DISPUTES, "trainer.contoso," + DISPUTES})
    void statementReviewPagesAreRefusedToOtherRoles(String user, String page) {
        page(as(user), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @Test
    void aPartnerAdminOpensTheStatementPageAndFinanceTheDisputeDesk() {
        // An unknown statement (or another partner's): the page says so and shows no form.
        page(as("pa.contoso"), STATEMENT).then().statusCode(200).body(containsString("No such statement for you to see"))
                .body(not(containsString("statement:confirm")));
        // Finance and the vendor admin open partners' statements from the vendor's overview, to read them.
        for (String vendorStaff : List.of("finance", "admin")) {
            page(as(vendorStaff), STATEMENT).then().statusCode(200).body(containsString("No such statement for you to see"))
                    .body(not(containsString("statement:confirm")));
        }
        page(as("finance"), DISPUTES).then().statusCode(200).body(containsString("<h1>Statement disputes</h1>"))
                .body(containsString("menuDisputes"));
    }

    // --- Registration reports and statement views (issue 7, H3) ---
    private static final String REGISTRATION_REPORT = "/partner/registration-report.xhtml";
    private static final String PARTNER_STATEMENTS = "/partner/statements.xhtml";
    private static final String STATEMENT_OVERVIEW = "/admin/statements.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {REGISTRATION_REPORT, PARTNER_STATEMENTS, STATEMENT_OVERVIEW})
    void signedOutVisitorsAreSentToTheLoginPageFromReports(String page) {
        page(given(), page).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
    }

    /** The partner's report and statements are the partner admin's; the overview is the vendor admin's and finance's. */
    @Test
    void reportPagesAreForPartnerAdminsAndTheOverviewForTheVendor() {
        page(as("pa.contoso"), REGISTRATION_REPORT).then().statusCode(200).body(containsString("<h1>Registration report</h1>"));
        page(as("pa.contoso"), PARTNER_STATEMENTS).then().statusCode(200).body(containsString("<h1>Statements</h1>"));
        page(as("admin"), STATEMENT_OVERVIEW).then().statusCode(200).body(containsString("<h1>Statements of a period</h1>"));
        page(as("finance"), STATEMENT_OVERVIEW).then().statusCode(200).body(containsString("<h1>Statements of a period</h1>"));
        for (String user : new String[] {"alice", "admin", "finance", "trainer.contoso"}) {
            page(as(user), REGISTRATION_REPORT).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
            page(as(user), PARTNER_STATEMENTS).then().statusCode(403);
        }
        for (String user : new String[] {"alice", "pa.contoso", "leader"}) {
            page(as(user), STATEMENT_OVERVIEW).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
        }
    }

    /**
     * The report's course and offering filters take only what they suggested in that view: an id posted
     * without having been suggested (forged, or not a number at all) is refused next to its field, one it
     * suggested is taken, and an over-long search (past the field's maxlength) suggests nothing.
     */
    @Test
    void theReportsCatalogFiltersTakeOnlyWhatTheySuggested() {
        var signIn = signInOnTheForm("pa.contoso", RealEar.DEMO_PASSWORD);
        signIn.then().statusCode(302);
        var session = signIn.getDetailedCookies();
        String viewState = viewStateOf(given().cookies(session).accept("text/html").get(RealEar.BASE_URL + REGISTRATION_REPORT)
                .then().statusCode(200).extract().asString());
        for (String[] forged : new String[][] {{"course", "1"}, {"course", "not-an-id"}, {"offering", "999999999"}}) {
            String answer = runReport(session, viewState, forged[0], forged[1]).then().statusCode(200).extract().asString();
            assertThat(answer).as("%s=%s", forged[0], forged[1])
                    .contains("Choose the " + forged[0] + " from the suggestions.");
        }
        assertThat(runReport(session, viewState, "course", "").then().statusCode(200).extract().asString())
                .as("no filter, no complaint").contains("report:totalsTable").doesNotContain("from the suggestions");

        var suggested = ITEM_VALUE.matcher(suggest(session, viewState, "course", "a"));
        assertThat(suggested.find()).as("courses containing 'a' are suggested").isTrue();
        assertThat(runReport(session, viewState, "course", suggested.group(1)).then().statusCode(200).extract().asString())
                .as("a suggested course is taken").doesNotContain("from the suggestions");
        assertThat(suggest(session, viewState, "offering", "x".repeat(201))).as("an over-long search suggests nothing")
                .doesNotContain("data-item-value");
    }

    private static final Pattern ITEM_VALUE = Pattern.compile("data-item-value=\"([^\"]+)\"");

    /** An autocomplete's query for suggestions, as the browser sends it while the user types {@code text}. */
    private static String suggest(io.restassured.http.Cookies session, String viewState, String field, String text) {
        String id = "filters:" + field;
        return given().redirects().follow(false).cookies(session).header("Faces-Request", "partial/ajax")
                .contentType("application/x-www-form-urlencoded")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", id)
                .formParam("jakarta.faces.partial.execute", id)
                .formParam("jakarta.faces.partial.render", id)
                .formParam(id + "_query", text)
                .formParam("filters", "filters")
                .formParam("jakarta.faces.ViewState", viewState)
                .post(RealEar.BASE_URL + REGISTRATION_REPORT).then().statusCode(200).extract().asString();
    }

    /** The report form's AJAX run, as the browser posts it, with {@code field}'s picked id set to {@code value}. */
    private static Response runReport(io.restassured.http.Cookies session, String viewState, String field, String value) {
        return given().redirects().follow(false).cookies(session).header("Faces-Request", "partial/ajax")
                .contentType("application/x-www-form-urlencoded")
                .formParam("filters", "filters")
                .formParam("filters:period", "2026-01")
                .formParam("filters:" + field + "_input", value.isEmpty() ? "" : "typed")
                .formParam("filters:" + field + "_hinput", value)
                .formParam("filters:run", "filters:run")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", "filters:run")
                .formParam("jakarta.faces.partial.execute", "filters")
                .formParam("jakarta.faces.partial.render", "report filters")
                .formParam("jakarta.faces.ViewState", viewState)
                .post(RealEar.BASE_URL + REGISTRATION_REPORT);
    }

    /** The period close page: the vendor admin's and the finance role's; every other role is refused. */
    private static final String STATEMENT_RUNS = "/admin/statement-runs.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {"alice", "pa.contoso", "leader", "trainer.contoso"})
    void theStatementRunsPageIsRefusedToOtherRoles(String user) {
        page(as(user), STATEMENT_RUNS).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @Test
    void theVendorAdminAndFinanceOpenTheStatementRunsPage() {
        page(given(), STATEMENT_RUNS).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
        page(as("admin"), STATEMENT_RUNS).then().statusCode(200).body(containsString("<h1>Statement period close</h1>"))
                .body(containsString("menuStatementRuns"));
        page(as("finance"), STATEMENT_RUNS).then().statusCode(200).body(containsString("<h1>Statement period close</h1>"));
    }
}
