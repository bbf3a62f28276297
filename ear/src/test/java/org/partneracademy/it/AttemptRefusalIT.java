package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.AssessmentFixtures.answerRight;
import static org.partneracademy.it.support.AssessmentFixtures.autoGradedQuestions;
import static org.partneracademy.it.support.AssessmentFixtures.bank;
import static org.partneracademy.it.support.AssessmentFixtures.draftExam;
import static org.partneracademy.it.support.AssessmentFixtures.id;
import static org.partneracademy.it.support.AssessmentFixtures.publishedExam;
import static org.partneracademy.it.support.AssessmentFixtures.question;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.AssessmentFixtures;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * The bad inputs of attempts, each refused with a problem document and nothing changed: submitting after
 * the time limit (the timer then submits with the answers given in time), submitting twice and twice at
 * once, answering questions not in the attempt or with another question's options, exceeding the
 * attempt limit (also by racing starts), retaking during the cooldown, attempting an unpublished exam,
 * touching another learner's attempt.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AttemptRefusalIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void submittingTwiceIsAConflictAndKeepsTheResult() {
        long exam = publishedExam(Map.of(), autoGradedQuestions(false));
        String learner = learner();
        JsonPath attempt = start(learner, exam);
        long id = attempt.getLong("id");
        answerRight(learner, attempt);
        login(learner).post(V1 + "/attempts/" + id + "/submission").then().statusCode(200).body("passed", equalTo(true));
        String gradedAt = login(learner).get(V1 + "/attempts/" + id).then().extract().path("gradedAt");

        login(learner).post(V1 + "/attempts/" + id + "/submission").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("was submitted at"));
        login(learner).body(Map.of("text", "late")).put(V1 + "/attempts/" + id + "/answers/6").then().statusCode(409)
                .contentType(PROBLEM);
        login(learner).get(V1 + "/attempts/" + id).then().body("gradedAt", equalTo(gradedAt))
                .body("scorePercent", equalTo(100.0f)).body("questions[5].answer.text", equalTo(" Colour "));
    }

    @Test
    void twoSubmissionsAtOnceGiveOneResult() throws Exception {
        long exam = publishedExam(Map.of(), autoGradedQuestions(false));
        String learner = learner();
        JsonPath attempt = start(learner, exam);
        long id = attempt.getLong("id");
        answerRight(learner, attempt);

        var statuses = race(4, () -> login(learner).post(V1 + "/attempts/" + id + "/submission"));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        login(learner).get(V1 + "/attempts/" + id).then().body("status", equalTo("GRADED")).body("passed", equalTo(true));
    }

    @Test
    void answersToQuestionsNotInTheAttemptAreRefused() {
        long bank = bank();
        long inExam = question(bank, AssessmentFixtures.singleChoice());
        long other = question(bank, AssessmentFixtures.singleChoice());
        long exam = publishedExam(Map.of(), List.of(inExam));
        String learner = learner();
        long id = start(learner, exam).getLong("id");
        List<Number> otherOptions = org.partneracademy.it.support.Api.as("admin").get(V1 + "/question-banks/" + bank + "/questions/" + other).then().extract().path("options.id");

        login(learner).body(Map.of("optionIds", List.of(1))).put(V1 + "/attempts/" + id + "/answers/2").then()
                .statusCode(422).contentType(PROBLEM).body("detail", containsString("has no question 2"));
        login(learner).body(Map.of("optionIds", List.of(otherOptions.get(0)))).put(V1 + "/attempts/" + id + "/answers/1")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("optionIds"));
        login(learner).body(Map.of("text", "free text")).put(V1 + "/attempts/" + id + "/answers/1").then()
                .statusCode(400).contentType(PROBLEM);
        login(learner).get(V1 + "/attempts/" + id).then().body("questions[0].answer", nullValue());
    }

    @Test
    void theAttemptLimitHoldsAlsoAgainstRacingStarts() throws Exception {
        long exam = publishedExam(Map.of("maxAttempts", 1), autoGradedQuestions(false));
        String learner = learner();

        var statuses = race(4, () -> login(learner).post(V1 + "/exams/" + exam + "/attempts"));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 200 || s == 409);
        List<Number> attempts = login(learner).get(V1 + "/exams/" + exam + "/attempts").then().statusCode(200)
                .extract().path("id");
        assertThat(attempts).hasSize(1);
        login(learner).post(V1 + "/attempts/" + attempts.get(0) + "/submission").then().statusCode(200);

        login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("used all 1 attempts"));
        assertThat(login(learner).get(V1 + "/exams/" + exam + "/attempts").then().extract().path("id").toString())
                .isEqualTo(attempts.toString());
    }

    @Test
    void aRetakeDuringTheCooldownSaysWhenItIsAllowed() {
        long exam = publishedExam(Map.of("retakeCooldownHours", 24), autoGradedQuestions(false));
        String learner = learner();
        long id = start(learner, exam).getLong("id");
        String retakeAfter = login(learner).post(V1 + "/attempts/" + id + "/submission").then().statusCode(200)
                .body("passed", equalTo(false)).extract().path("retakeAfter");
        assertThat(retakeAfter).isNotNull();

        login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("after " + retakeAfter.substring(0, 16)));
        assertThat(login(learner).get(V1 + "/exams/" + exam + "/attempts").then().extract().path("id").toString())
                .isEqualTo("[" + id + "]");
    }

    @Test
    void anUnpublishedExamCannotBeAttempted() {
        long exam = draftExam(Map.of(), autoGradedQuestions(false));
        String learner = learner();
        login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("only a published exam"));
        login(learner).get(V1 + "/exams/" + exam + "/attempts").then().statusCode(200).body("size()", equalTo(0));
        login(learner).post(V1 + "/exams/999999999/attempts").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anotherLearnersAttemptIsNotFound() {
        long exam = publishedExam(Map.of(), autoGradedQuestions(false));
        var team = EnrollmentFixtures.team(2);
        String owner = team.learners().get(0);
        String other = team.learners().get(1);
        long id = start(owner, exam).getLong("id");

        login(other).get(V1 + "/attempts/" + id).then().statusCode(404).contentType(PROBLEM);
        login(other).body(Map.of("text", "x")).put(V1 + "/attempts/" + id + "/answers/6").then().statusCode(404)
                .contentType(PROBLEM);
        login(other).post(V1 + "/attempts/" + id + "/submission").then().statusCode(404).contentType(PROBLEM);
        login(owner).get(V1 + "/attempts/" + id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("questions[5].answer", nullValue());
    }

    /**
     * A one-minute exam: after the deadline an answer and the submission are refused, and the timer
     * submits the attempt with the answer given in time. The test server's clock is moved past the
     * deadline (the server and its engine timers both read it) instead of waiting for the real minute.
     */
    @Test
    void afterTheTimeLimitNothingIsAcceptedAndTheTimerSubmits() {
        long exam = publishedExam(Map.of("timeLimitMinutes", 1), autoGradedQuestions(false));
        String learner = learner();
        JsonPath attempt = start(learner, exam);
        long id = attempt.getLong("id");
        int shortAnswer = attempt.getInt("questions.find { it.kind == 'SHORT_ANSWER' }.position");
        login(learner).body(Map.of("text", "color")).put(V1 + "/attempts/" + id + "/answers/" + shortAnswer).then()
                .statusCode(200);
        String deadline = attempt.getString("deadlineAt");

        as("admin").body(Map.of("advanceBy", "PT62S")).put(V1 + "/platform/clock").then().statusCode(200);
        assertThat(login(learner).body(Map.of("optionIds", List.of())).put(V1 + "/attempts/" + id + "/answers/1")
                .statusCode()).isIn(409, 422);
        var late = login(learner).post(V1 + "/attempts/" + id + "/submission");
        // Either the timer came first (409, submitted) or it is due any moment (422, time over).
        assertThat(late.statusCode()).isIn(409, 422);
        assertThat(late.contentType()).startsWith(PROBLEM);

        assertThat(EnrollmentFixtures.await(Duration.ofSeconds(90), () -> "GRADED".equals(
                login(learner).get(V1 + "/attempts/" + id).then().extract().path("status")))).isTrue();
        login(learner).get(V1 + "/attempts/" + id).then().body("autoSubmitted", equalTo(true))
                .body("submittedAt", equalTo(deadline)).body("scorePoints", equalTo(2.0f))
                .body("questions[0].answer", nullValue());
    }

    private static String learner() {
        return EnrollmentFixtures.team(1).learners().get(0);
    }

    private static JsonPath start(String learner, long exam) {
        return login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(201).extract().jsonPath();
    }

    private static List<Integer> race(int threads, Callable<Response> call) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        var go = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                var response = answer.get();
                if (response.statusCode() >= 400) {
                    assertThat(response.contentType()).startsWith(PROBLEM);
                }
                statuses.add(response.statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
