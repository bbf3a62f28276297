package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.PanelFixtures.CONTOSO;
import static org.partneracademy.it.support.PanelFixtures.FABRIKAM;
import static org.partneracademy.it.support.PanelFixtures.NORTHWIND;
import static org.partneracademy.it.support.PanelFixtures.candidacy;
import static org.partneracademy.it.support.PanelFixtures.count;
import static org.partneracademy.it.support.PanelFixtures.course;
import static org.partneracademy.it.support.PanelFixtures.leader;
import static org.partneracademy.it.support.PanelFixtures.person;
import static org.partneracademy.it.support.PanelFixtures.rubric;
import static org.partneracademy.it.support.PanelFixtures.schedule;
import static org.partneracademy.it.support.PanelFixtures.signOff;
import static org.partneracademy.it.support.PanelFixtures.standard;
import static org.partneracademy.it.support.PanelFixtures.taskOf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.AssessmentFixtures;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.PanelFixtures;
import org.partneracademy.it.support.PanelFixtures.Person;
import org.partneracademy.it.support.RealEar;

/**
 * The trainer panel on the real EAR: delivery standards and their bad inputs, scheduling under segregation
 * of duties, the sign-off refusals (someone else's task, a leader of the candidate's partner, self sign-off,
 * a score out of range, a missing or unknown criterion, blank comments, signing twice, five threads signing
 * one task at once) with nothing changed, corrections as linked rows, the verdict and the audit trail read
 * back, and the deadline escalating to the head of training. Candidacies are inserted at OBSERVED_DELIVERY
 * with SQL; their status after the verdict belongs to the candidacy feature and is not asserted here.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class TrainerPanelIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /** A candidate of Contoso, a course with the two-criterion rubric, and a candidacy on OBSERVED_DELIVERY. */
    private record Setup(PanelFixtures.Course course, List<Long> criteria, Person candidate, long candidacyId) {
    }

    private static Setup setup() {
        var course = course();
        var criteria = standard(course.code(), rubric());
        var candidate = person(CONTOSO, "TRAINER");
        return new Setup(course, criteria, candidate, candidacy(candidate, course));
    }

    @Test
    void aDeliveryStandardNamesEveryBadFieldAndSavesNothing() {
        var course = course();
        var body = rubric();
        // Bad inputs: weight 0 and 101, minimum 0 and 6, a blank and a duplicate name, pass 0 %, 91 panel days, 11 tries, rating 6.
        body.put("criteria", List.of(PanelFixtures.criterion("Clarity", 0, 0), PanelFixtures.criterion("Labs", 101, 6),
                PanelFixtures.criterion(" ", 10, 3), PanelFixtures.criterion("clarity", 10, 3)));
        body.put("passPercent", 0);
        body.put("panelDays", 91);
        body.put("maxTries", 11);
        body.put("renewalMinRating", 6);
        var problems = as("admin").body(body).put(V1 + "/delivery-standards/" + course.code()).then().statusCode(400)
                .contentType("application/problem+json").extract().<List<String>>path("errors.field");
        assertThat(problems).contains("criteria[0].weight", "criteria[0].minimumScore", "criteria[1].weight",
                "criteria[1].minimumScore", "criteria[2].name", "criteria[3].name", "passPercent", "panelDays", "maxTries",
                "renewalMinRating");
        as("admin").get(V1 + "/delivery-standards/" + course.code()).then().statusCode(404);
        // An unknown course family: 404.
        as("admin").body(rubric()).put(V1 + "/delivery-standards/NO-SUCH-COURSE").then().statusCode(404);
        // A training leader reads but may not write.
        as("leader").body(rubric()).put(V1 + "/delivery-standards/" + course.code()).then().statusCode(403);
    }

    @Test
    void theTrainerExamMustBeATrainerExamWithAPassMarkAboveTheLearnersExams() {
        var course = course();
        var questions = List.of(AssessmentFixtures.autoGradedQuestions(false).get(0));
        AssessmentFixtures.publishedExam(Map.of("courseId", course.id(), "passMarkPercent", 80), questions);
        long learnerKind = AssessmentFixtures.draftExam(Map.of("courseId", course.id(), "passMarkPercent", 75), questions);
        long tooLow = AssessmentFixtures.draftExam(Map.of("courseId", course.id(), "kind", "TRAINER_EXAM",
                "passMarkPercent", 80), questions);
        long good = AssessmentFixtures.draftExam(Map.of("courseId", course.id(), "kind", "TRAINER_EXAM",
                "passMarkPercent", 90), questions);

        for (long refused : List.of(learnerKind, tooLow, 999_999L)) {
            var body = rubric();
            body.put("trainerExamId", refused);
            as("admin").body(body).put(V1 + "/delivery-standards/" + course.code()).then().statusCode(400)
                    .body("errors.field", hasItem("trainerExamId"));
        }
        var body = rubric();
        body.put("trainerExamId", good);
        as("admin").body(body).put(V1 + "/delivery-standards/" + course.code()).then().statusCode(200)
                .body("trainerExamId", equalTo((int) good)).body("criteria.name", equalTo(List.of("Clarity", "Labs")));
        as("leader").get(V1 + "/delivery-standards/" + course.code()).then().statusCode(200).body("passPercent", equalTo(70));
    }

    @Test
    void schedulingRefusesAPanelThatBreaksSegregationOfDuties() {
        var s = setup();
        var sameParter = leader(CONTOSO);
        var trainer = person(FABRIKAM, "TRAINER");
        var candidateLeader = person(CONTOSO, "TRAINER", "TRAINING_LEADER");
        long selfCandidacy = candidacy(candidateLeader, s.course());
        String path = V1 + "/trainer-candidacies/" + s.candidacyId() + "/observed-deliveries";

        // A leader of the candidate's partner, a trainer who is no leader, an unknown person: each named.
        as("leader").body(Map.of("deliveredOn", "2026-11-20", "scope", "All", "panel",
                        List.of(sameParter.id(), trainer.id(), 999_999L))).post(path)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("panel[0]", "panel[1]", "panel[2]")))
                .body("errors[0].message", containsString("segregation of duties"))
                .body("errors[0].message", containsString(sameParter.username()));
        // The candidate on their own panel.
        as("leader").body(Map.of("deliveredOn", "2026-11-20", "scope", "All", "panel", List.of(candidateLeader.id())))
                .post(V1 + "/trainer-candidacies/" + selfCandidacy + "/observed-deliveries").then().statusCode(400)
                .body("errors[0].message", containsString("is the candidate"));
        // No panel, eight members, no date or scope.
        as("leader").body(Map.of("panel", List.of())).post(path).then().statusCode(400)
                .body("errors.field", hasItem("panel")).body("errors.field", hasItem("deliveredOn")).body("errors.field", hasItem("scope"));
        var eight = new ArrayList<Long>();
        for (int i = 0; i < 8; i++) {
            eight.add(leader(null).id());
        }
        as("leader").body(Map.of("deliveredOn", "2026-11-20", "scope", "All", "panel", eight)).post(path).then().statusCode(400);
        // A trainer may not schedule at all.
        as("trainer.contoso").body(Map.of("deliveredOn", "2026-11-20", "scope", "All", "panel", List.of(2))).post(path)
                .then().statusCode(403);
        assertThat(count("select count(*) from observed_delivery where candidacy_id = " + s.candidacyId())).isZero();

        // A good panel: a vendor leader and a leader of another partner; the candidacy moves on, so a second one is refused.
        long delivery = schedule(s.candidacyId(), List.of(leader(null), leader(NORTHWIND)));
        as("admin").get(V1 + "/observed-deliveries/" + delivery).then().statusCode(200)
                .body("status", equalTo("AWAITING_PANEL")).body("tryNo", equalTo(1)).body("panel.size()", equalTo(2));
        assertThat(count("select count(*) from trainer_candidacy where status = 'PANEL_REVIEW' and id = " + s.candidacyId())).isOne();
        as("leader").body(Map.of("deliveredOn", "2026-11-20", "scope", "All", "panel", List.of(leader(null).id())))
                .post(path).then().statusCode(409);
    }

    @Test
    void aCourseWithoutARubricCannotBeObserved() {
        var course = course();
        var candidate = person(CONTOSO, "TRAINER");
        long candidacyId = candidacy(candidate, course);
        as("leader").body(Map.of("deliveredOn", "2026-11-20", "scope", "All", "panel", List.of(leader(null).id())))
                .post(V1 + "/trainer-candidacies/" + candidacyId + "/observed-deliveries").then().statusCode(422)
                .body("detail", containsString("no delivery standard"));
    }

    @Test
    void theInboxShowsTheTaskWithItsAgeAndDueDate() {
        var s = setup();
        var member = leader(FABRIKAM);
        long delivery = schedule(s.candidacyId(), List.of(member));
        var item = as(member.username()).get(V1 + "/me/signoff-tasks").then().statusCode(200).extract()
                .jsonPath().getMap("find { it.observedDeliveryId == " + delivery + " }");
        assertThat(item).containsEntry("kind", "SIGN_OFF").containsEntry("courseCode", s.course().code())
                .containsEntry("tryNo", 1).containsEntry("ageDays", 0).containsEntry("overdue", false)
                .containsEntry("candidatePartner", "Contoso Training").containsEntry("candidacyId", (int) s.candidacyId());
        var due = Instant.parse((String) item.get("due"));
        var serverNow = Instant.parse(as("admin").get(V1 + "/platform/clock").then().statusCode(200).extract().<String>path("now"));
        assertThat(Duration.between(serverNow, due).toDays()).isBetween(9L, 10L);
    }

    @Test
    void refusedSignOffsChangeNothing() {
        var s = setup();
        var member = leader(FABRIKAM);
        var other = leader(null);
        long delivery = schedule(s.candidacyId(), List.of(member, other));
        String task = taskOf(member, delivery);
        String url = V1 + "/signoff-tasks/" + task;
        var good = signOff(s.criteria(), 4, 4, "Clear and well paced");

        // Someone else's task: 403.
        as(other.username()).body(good).post(url).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("another training leader"));
        // A vendor admin is no panel member: 403 by role.
        as("admin").body(good).post(url).then().statusCode(403);
        // Scores out of range (0 and 6): 400 naming both.
        as(member.username()).body(signOff(s.criteria(), 0, 6, "x")).post(url).then().statusCode(400)
                .body("errors.field", equalTo(List.of("scores[0].score", "scores[1].score")));
        // A criterion missing.
        var missing = new HashMap<>(good);
        missing.put("scores", List.of(Map.of("criterionId", s.criteria().get(0), "score", 4)));
        as(member.username()).body(missing).post(url).then().statusCode(400)
                .body("errors[0].message", containsString("Labs"));
        // An unknown criterion and one scored twice.
        var unknown = new HashMap<>(good);
        unknown.put("scores", List.of(Map.of("criterionId", 999_999, "score", 4), Map.of("criterionId", s.criteria().get(0), "score", 4),
                Map.of("criterionId", s.criteria().get(0), "score", 3), Map.of("criterionId", s.criteria().get(1), "score", 3)));
        as(member.username()).body(unknown).post(url).then().statusCode(400)
                .body("errors.field", equalTo(List.of("scores[0].criterionId", "scores[2].criterionId")));
        // Blank comments; a bad retry step.
        as(member.username()).body(signOff(s.criteria(), 4, 4, "   ")).post(url).then().statusCode(400)
                .body("errors.field", equalTo(List.of("comments")));
        var badRetry = new HashMap<>(good);
        badRetry.put("retryFrom", "SHADOWING");
        as(member.username()).body(badRetry).post(url).then().statusCode(400).body("errors.field", equalTo(List.of("retryFrom")));
        // An unknown task: 409 (not open).
        as(member.username()).body(good).post(V1 + "/signoff-tasks/no-such-task").then().statusCode(409);

        assertThat(count("select count(*) from trainer_signoff where observed_delivery_id = " + delivery)).isZero();
        assertThat(taskOf(member, delivery)).isEqualTo(task);
    }

    @Test
    void segregationOfDutiesIsCheckedAgainAtSignOff() {
        var s = setup();
        var mover = leader(FABRIKAM);
        var self = leader(null);
        long delivery = schedule(s.candidacyId(), List.of(mover, self));
        var good = signOff(s.criteria(), 4, 4, "Fine");

        // The leader moved to the candidate's partner after scheduling.
        PanelFixtures.update("UPDATE person SET partner_id = " + CONTOSO + " WHERE id = " + mover.id());
        as(mover.username()).body(good).post(V1 + "/signoff-tasks/" + taskOf(mover, delivery)).then().statusCode(403)
                .body("detail", containsString("segregation of duties"));
        // The leader became the candidate (self sign-off).
        PanelFixtures.update("UPDATE trainer_candidacy SET candidate_id = " + self.id() + " WHERE id = " + s.candidacyId());
        as(self.username()).body(good).post(V1 + "/signoff-tasks/" + taskOf(self, delivery)).then().statusCode(403)
                .body("detail", containsString("own delivery"));
        assertThat(count("select count(*) from trainer_signoff where observed_delivery_id = " + delivery)).isZero();
    }

    @Test
    void signingTwiceIsAConflict() {
        var s = setup();
        var member = leader(FABRIKAM);
        long delivery = schedule(s.candidacyId(), List.of(member, leader(null)));
        String url = V1 + "/signoff-tasks/" + taskOf(member, delivery);
        as(member.username()).body(signOff(s.criteria(), 4, 4, "Good")).post(url).then().statusCode(200)
                .body("passed", equalTo(true)).body("totalPercent", equalTo(80.0f));
        as(member.username()).body(signOff(s.criteria(), 2, 2, "Changed my mind")).post(url).then().statusCode(409);
        assertThat(count("select count(*) from trainer_signoff where observed_delivery_id = " + delivery)).isOne();
    }

    @Test
    void fiveThreadsSigningOneTaskAtOnceMakeExactlyOneSignOff() throws Exception {
        var s = setup();
        var member = leader(FABRIKAM);
        long delivery = schedule(s.candidacyId(), List.of(member, leader(null)));
        String url = V1 + "/signoff-tasks/" + taskOf(member, delivery);
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            calls.add(() -> {
                start.await();
                return as(member.username()).body(signOff(s.criteria(), 4, 3 + (n % 3), "Thread " + n)).post(url).statusCode();
            });
        }
        var pool = Executors.newFixedThreadPool(5);
        try {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            var codes = new ArrayList<Integer>();
            for (var f : futures) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(200, 409).filteredOn(c -> c == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from trainer_signoff where observed_delivery_id = " + delivery)).isOne();
        assertThat(count("select count(*) from signoff_score sc join trainer_signoff t on t.id = sc.signoff_id"
                + " where t.observed_delivery_id = " + delivery)).isEqualTo(2);
    }

    @Test
    void aCorrectionIsANewLinkedRowAndTheLatestCounts() {
        var s = setup();
        var member = leader(FABRIKAM);
        var other = leader(null);
        long delivery = schedule(s.candidacyId(), List.of(member, other));
        long first = ((Number) as(member.username()).body(signOff(s.criteria(), 2, 2, "Weak labs"))
                .post(V1 + "/signoff-tasks/" + taskOf(member, delivery)).then().statusCode(200)
                .body("passed", equalTo(false)).extract().path("id")).longValue();

        long second = ((Number) as(member.username()).body(signOff(s.criteria(), 4, 4, "Re-watched the recording: good"))
                .post(V1 + "/signoffs/" + first + "/corrections").then().statusCode(201)
                .body("correctsId", equalTo((int) first)).body("passed", equalTo(true)).extract().path("id")).longValue();
        // The original cannot be corrected twice (the chain stays linear), nor by someone else.
        as(member.username()).body(signOff(s.criteria(), 3, 3, "Again")).post(V1 + "/signoffs/" + first + "/corrections")
                .then().statusCode(409);
        as(other.username()).body(signOff(s.criteria(), 3, 3, "Not mine")).post(V1 + "/signoffs/" + second + "/corrections")
                .then().statusCode(403);
        as(member.username()).body(signOff(s.criteria(), 3, 3, "x")).post(V1 + "/signoffs/999999/corrections").then().statusCode(404);

        // The original row is unchanged.
        assertThat(count("select count(*) from trainer_signoff where id = " + first + " and passed = 0 and comments = 'Weak labs'"))
                .isOne();
        as("leader").get(V1 + "/observed-deliveries/" + delivery).then().statusCode(200)
                .body("signoffs.id", equalTo(List.of((int) first, (int) second)))
                .body("signoffs.latest", equalTo(List.of(false, true)))
                .body("panel.find { it.username == '" + member.username() + "' }.passed", equalTo(true));

        // The other member passes: the verdict counts the correction, and the panel is closed to corrections.
        as(other.username()).body(signOff(s.criteria(), 5, 4, "Excellent")).post(V1 + "/signoff-tasks/" + taskOf(other, delivery))
                .then().statusCode(200);
        as("leader").get(V1 + "/observed-deliveries/" + delivery).then().body("status", equalTo("PASSED"));
        as(member.username()).body(signOff(s.criteria(), 1, 1, "Too late")).post(V1 + "/signoffs/" + second + "/corrections")
                .then().statusCode(409);
    }

    @Test
    void theVerdictFailsOnOneFailingMemberAndSendsTheCandidateBackWhereThatMemberSays() {
        var s = setup();
        var pass = leader(FABRIKAM);
        var fail = leader(NORTHWIND);
        long delivery = schedule(s.candidacyId(), List.of(pass, fail));
        as(pass.username()).body(signOff(s.criteria(), 5, 5, "Great")).post(V1 + "/signoff-tasks/" + taskOf(pass, delivery))
                .then().statusCode(200);
        var failing = signOff(s.criteria(), 2, 5, "Explanations unclear; co-deliver again");
        failing.put("retryFrom", "CO_DELIVERY");
        as(fail.username()).body(failing).post(V1 + "/signoff-tasks/" + taskOf(fail, delivery)).then().statusCode(200)
                .body("passed", equalTo(false)).body("retryFrom", equalTo("CO_DELIVERY"));

        as("admin").get(V1 + "/observed-deliveries/" + delivery).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("retryFrom", equalTo("CO_DELIVERY"))
                .body("decidedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(taskOf(pass, delivery)).isNull();
    }

    @Test
    void theAuditTrailReadsBackWithTheScoresAsTheyWereWhenScored() {
        var s = setup();
        var member = leader(FABRIKAM);
        long delivery = schedule(s.candidacyId(), List.of(member));
        as(member.username()).body(signOff(s.criteria(), 4, 3, "Solid delivery")).post(V1 + "/signoff-tasks/" + taskOf(member, delivery))
                .then().statusCode(200);
        // The rubric is renamed afterwards: the sign-off keeps the name, weight and minimum it was scored with.
        var renamed = rubric();
        var criteria = new ArrayList<Map<String, Object>>();
        criteria.add(new HashMap<>(Map.of("id", s.criteria().get(0), "name", "Clarity of explanations", "weight", 50, "minimumScore", 4)));
        criteria.add(new HashMap<>(Map.of("id", s.criteria().get(1), "name", "Labs", "weight", 50, "minimumScore", 2)));
        renamed.put("criteria", criteria);
        PanelFixtures.standard(s.course().code(), renamed);

        var mine = as(member.username()).get(V1 + "/me/signoffs").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("observedDeliveryId", Integer.class)).containsExactly((int) delivery);
        assertThat(mine.getString("[0].comments")).isEqualTo("Solid delivery");
        assertThat(mine.getString("[0].signedAt")).isNotNull();
        assertThat(mine.getList("[0].scores.criterionName", String.class)).containsExactly("Clarity", "Labs");
        assertThat(mine.getList("[0].scores.weight", Integer.class)).containsExactly(60, 40);
        assertThat(mine.getList("[0].scores.score", Integer.class)).containsExactly(4, 3);

        as("leader").get(V1 + "/trainer-candidacies/" + s.candidacyId() + "/history").then().statusCode(200)
                .body("observedDeliveries[0].signoffs[0].comments", equalTo("Solid delivery"))
                .body("observedDeliveries[0].status", equalTo("PASSED"))
                .body("candidatePartner", equalTo("Contoso Training"));
        as("leader").get(V1 + "/trainer-candidacies/999999/history").then().statusCode(404);
    }

    @Test
    void anOverduePanelEscalatesToTheHeadOfTrainingWhoDecidesOnWhatWasReceived() {
        var s = setup();
        var signer = leader(FABRIKAM);
        var silent = leader(NORTHWIND);
        long delivery = schedule(s.candidacyId(), List.of(signer, silent));
        as(signer.username()).body(signOff(s.criteria(), 4, 4, "Good")).post(V1 + "/signoff-tasks/" + taskOf(signer, delivery))
                .then().statusCode(200);

        as("admin").body(Map.of("advanceBy", "P11D")).put(V1 + "/platform/clock").then().statusCode(200);
        EnrollmentFixtures.await(Duration.ofSeconds(30), () -> "ESCALATED".equals(
                as("admin").get(V1 + "/observed-deliveries/" + delivery).then().extract().path("status")));
        assertThat(taskOf(silent, delivery)).isNull();
        String overdue = as("leader").get(V1 + "/me/signoff-tasks").then().statusCode(200).extract()
                .path("find { it.observedDeliveryId == " + delivery + " && it.kind == 'OVERDUE' }.taskId");
        assertThat(overdue).isNotNull();

        // Only the head of training decides; extending needs 1..90 days.
        as(signer.username()).body(Map.of("extend", false)).post(V1 + "/panel-escalations/" + overdue).then().statusCode(403);
        as("leader").body(Map.of("extend", true, "extendByDays", 0)).post(V1 + "/panel-escalations/" + overdue).then().statusCode(400);
        as("leader").body(Map.of("extend", false)).post(V1 + "/panel-escalations/" + overdue).then().statusCode(204);

        as("admin").get(V1 + "/observed-deliveries/" + delivery).then().body("status", equalTo("PASSED"));
    }
}
