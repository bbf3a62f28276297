package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Question banks, questions of every kind and exams made over REST as the vendor admin, and a learner
 * who answers an attempt right. Right options have texts starting with "yes", matching pairs are
 * "Lx" → "Rx", ordering items sort by their text, the short answer is "colour" (regex colou?r).
 */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static long bank() {
        return id(as("admin").body(Map.of("name", "Bank " + tag())).post(V1 + "/question-banks").then().statusCode(201)
                .extract().path("id"));
    }

    public static long question(long bankId, Map<String, Object> body) {
        return id(as("admin").body(body).post(V1 + "/question-banks/" + bankId + "/questions").then().statusCode(201)
                .extract().path("id"));
    }

    public static Map<String, Object> singleChoice() {
        return q("SINGLE_CHOICE", List.of(opt("yes-a", true), opt("no-b", false), opt("no-c", false)));
    }

    public static Map<String, Object> multipleChoice() {
        return q("MULTIPLE_CHOICE", List.of(opt("yes-a", true), opt("yes-b", true), opt("no-c", false)));
    }

    public static Map<String, Object> trueFalse() {
        return q("TRUE_FALSE", List.of(opt("yes-true", true), opt("no-false", false)));
    }

    public static Map<String, Object> matching() {
        var options = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 3; i++) {
            var o = opt("L" + i, false);
            o.put("matchText", "R" + i);
            options.add(o);
        }
        return q("MATCHING", options);
    }

    public static Map<String, Object> ordering() {
        return q("ORDERING", List.of(opt("1 first", false), opt("2 second", false), opt("3 third", false)));
    }

    public static Map<String, Object> shortAnswer() {
        var body = q("SHORT_ANSWER", List.of());
        body.put("answerPattern", "colou?r");
        body.put("answerIsRegex", true);
        return body;
    }

    public static Map<String, Object> essay() {
        var body = q("ESSAY", List.of());
        body.put("points", 4);
        return body;
    }

    public static Map<String, Object> q(String kind, List<Map<String, Object>> options) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("prompt", kind + " question " + tag());
        body.put("topic", "basics");
        body.put("difficulty", "EASY");
        body.put("points", 2);
        body.put("options", options);
        return body;
    }

    public static Map<String, Object> opt(String text, boolean correct) {
        var option = new HashMap<String, Object>();
        option.put("text", text);
        option.put("correct", correct);
        return option;
    }

    /** Exam settings: FIXED, pass mark 70, no limits; override with {@code changes}. */
    public static Map<String, Object> examSettings(Map<String, Object> changes) {
        var body = new HashMap<String, Object>();
        body.put("code", "EX-" + tag());
        body.put("title", "Exam " + tag());
        body.put("kind", "EXAM");
        body.put("selection", "FIXED");
        body.put("passMarkPercent", 70);
        body.put("retakeCooldownHours", 0);
        body.put("shuffleOptions", true);
        body.putAll(changes);
        return body;
    }

    public static long draftExam(Map<String, Object> changes, List<Long> questionIds) {
        long id = id(as("admin").body(examSettings(changes)).post(V1 + "/exams").then().statusCode(201).extract().path("id"));
        as("admin").body(questionIds).put(V1 + "/exams/" + id + "/questions").then().statusCode(200);
        return id;
    }

    public static long publishedExam(Map<String, Object> changes, List<Long> questionIds) {
        long id = draftExam(changes, questionIds);
        as("admin").post(V1 + "/exams/" + id + "/publication").then().statusCode(200);
        return id;
    }

    /** A bank with one question of every auto-graded kind (plus an essay if asked); their ids in order. */
    public static List<Long> autoGradedQuestions(boolean withEssay) {
        long bank = bank();
        var ids = new ArrayList<Long>();
        for (var body : List.of(singleChoice(), multipleChoice(), trueFalse(), matching(), ordering(), shortAnswer())) {
            ids.add(question(bank, body));
        }
        if (withEssay) {
            ids.add(question(bank, essay()));
        }
        return ids;
    }

    /** Answers every question of the attempt right (essays get some text); returns nothing. */
    public static void answerRight(String learner, JsonPath attempt) {
        long attemptId = attempt.getLong("id");
        List<Map<String, Object>> questions = attempt.getList("questions");
        for (var question : questions) {
            int position = (Integer) question.get("position");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
            Map<String, Object> answer = switch ((String) question.get("kind")) {
                case "SINGLE_CHOICE", "TRUE_FALSE", "MULTIPLE_CHOICE" -> Map.of("optionIds",
                        options.stream().filter(o -> ((String) o.get("text")).startsWith("yes")).map(o -> o.get("id")).toList());
                case "MATCHING" -> {
                    var pairs = new HashMap<String, String>();
                    options.forEach(o -> pairs.put(String.valueOf(o.get("id")), ((String) o.get("text")).replace('L', 'R')));
                    yield Map.of("pairs", pairs);
                }
                case "ORDERING" -> Map.of("order", options.stream()
                        .sorted((a, b) -> ((String) a.get("text")).compareTo((String) b.get("text")))
                        .map(o -> o.get("id")).toList());
                case "SHORT_ANSWER" -> Map.of("text", " Colour ");
                default -> Map.of("text", "My essay on the subject.");
            };
            EnrollmentFixtures.login(learner).body(answer).put(V1 + "/attempts/" + attemptId + "/answers/" + position).then().statusCode(200);
        }
    }

    public static long id(Object number) {
        return ((Number) number).longValue();
    }
}
