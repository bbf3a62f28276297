package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.AssessmentFixtures.answerRight;
import static org.partneracademy.it.support.AssessmentFixtures.autoGradedQuestions;
import static org.partneracademy.it.support.AssessmentFixtures.bank;
import static org.partneracademy.it.support.AssessmentFixtures.publishedExam;
import static org.partneracademy.it.support.AssessmentFixtures.question;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Assessments against the real EAR: a learner passes a fixed exam of every auto-graded kind without ever
 * receiving the right answers; an essay waits for a grader, who gives the result; question validation
 * reports each field; editing a used question retires it and the exam asks the edited copy.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void learnerPassesWithoutEverSeeingTheAnswers() {
        long exam = publishedExam(Map.of("timeLimitMinutes", 30), autoGradedQuestions(false));
        String learner = EnrollmentFixtures.team(1).learners().get(0);

        var started = login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/attempts/")).extract();
        String raw = started.asString();
        assertThat(raw).doesNotContain("\"correct\"").doesNotContain("answerPattern").doesNotContain("colou?r");
        JsonPath attempt = started.jsonPath();
        assertThat(attempt.getList("questions")).hasSize(6);
        assertThat(attempt.getLong("secondsLeft")).isBetween(1700L, 1800L);
        // Starting again resumes the same attempt.
        login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(200)
                .body("id", equalTo(attempt.getInt("id")));

        answerRight(learner, attempt);
        login(learner).post(V1 + "/attempts/" + attempt.getLong("id") + "/submission").then().statusCode(200)
                .body("status", equalTo("GRADED")).body("passed", equalTo(true))
                .body("scorePercent", equalTo(100.0f)).body("maxPoints", equalTo(12.0f));

        login(learner).get(V1 + "/me/exams").then().statusCode(200)
                .body("find { it.id == " + exam + " }.passed", equalTo(true))
                .body("find { it.id == " + exam + " }.attemptsUsed", equalTo(1));
    }

    @Test
    void wrongAnswersScoreByTheDocumentedRules() {
        long bank = bank();
        long matching = question(bank, AssessmentFixtures.matching());
        long multiple = question(bank, AssessmentFixtures.multipleChoice());
        long exam = publishedExam(Map.of(), List.of(matching, multiple));
        String learner = EnrollmentFixtures.team(1).learners().get(0);
        JsonPath attempt = login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(201).extract().jsonPath();
        long id = attempt.getLong("id");
        for (int position = 1; position <= 2; position++) {
            String prefix = "questions[" + (position - 1) + "].";
            List<Map<String, Object>> options = attempt.getList(prefix + "options");
            if (attempt.getString(prefix + "kind").equals("MATCHING")) {
                // Two of three pairs right (L1 and L2 swapped wrong? no: L3 given R1's text).
                var pairs = new HashMap<String, String>();
                options.forEach(o -> pairs.put(String.valueOf(o.get("id")), ((String) o.get("text")).replace('L', 'R')));
                var l3 = options.stream().filter(o -> o.get("text").equals("L3")).findFirst().orElseThrow();
                pairs.put(String.valueOf(l3.get("id")), "R1");
                login(learner).body(Map.of("pairs", pairs)).put(V1 + "/attempts/" + id + "/answers/" + position)
                        .then().statusCode(200);
            } else {
                // One of two right options: all or nothing gives 0.
                var yes = options.stream().filter(o -> ((String) o.get("text")).startsWith("yes")).findFirst().orElseThrow();
                login(learner).body(Map.of("optionIds", List.of(yes.get("id"))))
                        .put(V1 + "/attempts/" + id + "/answers/" + position).then().statusCode(200);
            }
        }
        login(learner).post(V1 + "/attempts/" + id + "/submission").then().statusCode(200)
                .body("scorePoints", equalTo(1.33f)).body("scorePercent", equalTo(33.25f)).body("passed", equalTo(false))
                .body("questions.pointsAwarded", hasItem(0.0f));
    }

    @Test
    void aRandomExamDrawsAnewForEveryAttemptAndPublishesOnlyWhenItCan() {
        long bank = bank();
        for (int i = 0; i < 5; i++) {
            question(bank, AssessmentFixtures.singleChoice());
        }
        long exam = AssessmentFixtures.id(as("admin").body(AssessmentFixtures.examSettings(Map.of("selection", "RANDOM")))
                .post(V1 + "/exams").then().statusCode(201).extract().path("id"));
        as("admin").body(List.of(Map.of("bankId", bank, "questionCount", 6))).put(V1 + "/exams/" + exam + "/draws")
                .then().statusCode(200);
        as("admin").post(V1 + "/exams/" + exam + "/publication").then().statusCode(422).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("only 5 fit"));
        as("admin").body(List.of(Map.of("bankId", bank, "questionCount", 3, "topic", "basics", "difficulty", "EASY")))
                .put(V1 + "/exams/" + exam + "/draws").then().statusCode(200).body("draws[0].questionCount", equalTo(3));
        as("admin").post(V1 + "/exams/" + exam + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        // Published: the draws are frozen.
        as("admin").body(List.of()).put(V1 + "/exams/" + exam + "/draws").then().statusCode(409).contentType(PROBLEM);

        var team = EnrollmentFixtures.team(2);
        for (String learner : team.learners()) {
            List<String> prompts = login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(201)
                    .extract().path("questions.prompt");
            assertThat(prompts).hasSize(3).doesNotHaveDuplicates();
        }
    }

    @Test
    void essayWaitsForAGraderWhoGivesTheResult() {
        long exam = publishedExam(Map.of(), autoGradedQuestions(true));
        String learner = EnrollmentFixtures.team(1).learners().get(0);
        JsonPath attempt = login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(201).extract().jsonPath();
        long id = attempt.getLong("id");
        answerRight(learner, attempt);
        login(learner).post(V1 + "/attempts/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("AWAITING_GRADING")).body("passed", equalTo(null));
        // Until graded, a retake is refused and the leader's queue lists it.
        login(learner).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(422).contentType(PROBLEM);
        as("leader").get(V1 + "/gradings").then().statusCode(200).body("id", hasItem((int) id));
        int essayPosition = as("leader").get(V1 + "/gradings/" + id).then().statusCode(200).extract()
                .path("items.find { it.toGrade }.position");

        // Too many points and a question the server grades are field errors; nothing is recorded.
        as("leader").body(Map.of("grades", List.of(Map.of("position", essayPosition, "points", 5))))
                .post(V1 + "/gradings/" + id).then().statusCode(400).contentType(PROBLEM);
        as("leader").body(Map.of("grades", List.of(Map.of("position", essayPosition, "points", 3, "comment", "Good"))))
                .post(V1 + "/gradings/" + id).then().statusCode(200).body("status", equalTo("GRADED"));
        login(learner).get(V1 + "/attempts/" + id).then().statusCode(200)
                .body("status", equalTo("GRADED")).body("scorePoints", equalTo(15.0f)).body("passed", equalTo(true))
                .body("questions.graderComment", hasItem("Good"));
        // Graded once: a second grading is a conflict, and the queue no longer lists it.
        as("admin").body(Map.of("grades", List.of(Map.of("position", essayPosition, "points", 0))))
                .post(V1 + "/gradings/" + id).then().statusCode(409).contentType(PROBLEM);
        as("leader").get(V1 + "/gradings").then().statusCode(200).body("id", not(hasItem((int) id)));
        login(learner).get(V1 + "/attempts/" + id).then().body("scorePoints", equalTo(15.0f));
    }

    @Test
    void invalidQuestionsAreReportedFieldByField() {
        long bank = bank();
        var single = AssessmentFixtures.q("SINGLE_CHOICE", List.of(AssessmentFixtures.opt("a", true),
                AssessmentFixtures.opt("b", true)));
        single.put("points", 101);
        as("admin").body(single).post(V1 + "/question-banks/" + bank + "/questions").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("points")));
        var regex = AssessmentFixtures.shortAnswer();
        regex.put("answerPattern", "colo(u?r");
        as("admin").body(regex).post(V1 + "/question-banks/" + bank + "/questions").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("answerPattern"));
        var matching = AssessmentFixtures.q("MATCHING", List.of(AssessmentFixtures.opt("L1", false),
                AssessmentFixtures.opt("L2", false)));
        as("admin").body(matching).post(V1 + "/question-banks/" + bank + "/questions").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("options[0].matchText"));
        single.put("points", 1);
        as("admin").body(single).post(V1 + "/question-banks/" + bank + "/questions").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("options"));
        as("admin").get(V1 + "/question-banks/" + bank).then().statusCode(200).body("questions", org.hamcrest.Matchers.empty());
    }

    @Test
    void editingAUsedQuestionRetiresItAndTheExamAsksTheCopy() {
        long bank = bank();
        long original = question(bank, AssessmentFixtures.singleChoice());
        long exam = publishedExam(Map.of(), List.of(original));
        String learner = EnrollmentFixtures.team(1).learners().get(0);
        long attempt = AssessmentFixtures.id(login(learner).post(V1 + "/exams/" + exam + "/attempts").then()
                .statusCode(201).extract().path("id"));
        String askedPrompt = login(learner).get(V1 + "/attempts/" + attempt).then().extract().path("questions[0].prompt");

        var edited = AssessmentFixtures.singleChoice();
        edited.put("prompt", "Edited prompt");
        long copy = AssessmentFixtures.id(as("admin").body(edited).put(V1 + "/question-banks/" + bank + "/questions/" + original)
                .then().statusCode(200).body("prompt", equalTo("Edited prompt")).extract().path("id"));

        assertThat(copy).isNotEqualTo(original);
        as("admin").get(V1 + "/question-banks/" + bank + "/questions/" + original).then().body("retired", equalTo(true));
        as("admin").get(V1 + "/exams/" + exam).then().body("questions[0].questionId", equalTo((int) copy));
        // The attempt still shows what was asked.
        login(learner).get(V1 + "/attempts/" + attempt).then().body("questions[0].prompt", equalTo(askedPrompt));
    }
}
