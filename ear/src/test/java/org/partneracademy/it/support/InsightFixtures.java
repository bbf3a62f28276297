package org.partneracademy.it.support;

import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixtures of the pre-assessment and item statistics tests. Exams and their questions are authored
 * through the REST API as the vendor admin; attempts are always made through the learner's attempt API,
 * so grading really happens. The database is only read (attempt positions, test-outs).
 */
public final class InsightFixtures {

    private InsightFixtures() {
    }

    /** A question of a fixture exam: its id and the ids of its right and a wrong option. */
    public record Question(long id, String topic, long right, long wrong) {
    }

    /** A published exam with single-choice questions, one point each, in the order given. */
    public record Exam(long id, List<Question> questions) {

        public Question question(int index) {
            return questions.get(index);
        }
    }

    /**
     * Creates a published exam of {@code kind} (EXAM, or PRE_ASSESSMENT for {@code pathId} with
     * {@code masteryPercent}) with one single-choice question per topic given, without attempt limit
     * or cooldown, the way an author does: over the authoring REST API as the vendor admin.
     */
    public static Exam exam(String kind, Long pathId, Integer masteryPercent, List<String> topics) {
        String tag = Network.suffix();
        long bank = ((Number) as("admin").body(Map.of("name", "IT bank " + tag, "description", "IT"))
                .post(V1 + "/question-banks").then().statusCode(201).extract().path("id")).longValue();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            var body = new HashMap<String, Object>();
            body.put("kind", "SINGLE_CHOICE");
            body.put("prompt", "Question " + (i + 1) + " on " + topics.get(i) + " " + tag);
            body.put("topic", topics.get(i));
            body.put("difficulty", "MEDIUM");
            body.put("points", 1);
            body.put("options", List.of(Map.of("text", "Right", "correct", true), Map.of("text", "Wrong", "correct", false)));
            var question = as("admin").body(body).post(V1 + "/question-banks/" + bank + "/questions")
                    .then().statusCode(201).extract();
            List<Number> optionIds = question.path("options.id");
            List<Boolean> correct = question.path("options.correct");
            int right = correct.indexOf(true);
            questions.add(new Question(((Number) question.path("id")).longValue(), topics.get(i),
                    optionIds.get(right).longValue(), optionIds.get(1 - right).longValue()));
        }
        long exam = ((Number) as("admin").body(examBody("IT-" + tag, kind, pathId, masteryPercent)).post(V1 + "/exams")
                .then().statusCode(201).extract().path("id")).longValue();
        as("admin").body(questions.stream().map(Question::id).toList()).put(V1 + "/exams/" + exam + "/questions")
                .then().statusCode(200);
        as("admin").post(V1 + "/exams/" + exam + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        return new Exam(exam, questions);
    }

    /**
     * The body of {@code POST /exams}: a fixed exam of {@code kind} with pass mark 50 %, no time or attempt
     * limit, no cooldown, options not shuffled; {@code pathId} and {@code masteryPercent} as given (null
     * leaves them out).
     */
    public static Map<String, Object> examBody(String code, String kind, Long pathId, Integer masteryPercent) {
        var body = new HashMap<String, Object>();
        body.put("code", code);
        body.put("title", "IT exam " + code);
        body.put("kind", kind);
        body.put("selection", "FIXED");
        body.put("passMarkPercent", 50);
        body.put("retakeCooldownHours", 0);
        body.put("shuffleOptions", false);
        if (pathId != null) {
            body.put("pathId", pathId);
        }
        if (masteryPercent != null) {
            body.put("masteryPercent", masteryPercent);
        }
        return body;
    }

    /**
     * Takes the exam through the attempt API as {@code username} (a learner created by
     * {@link #newLearner}) and submits it: {@code right[i]} says whether question i is answered with its
     * right option. Returns the attempt id.
     */
    public static long takeExam(String username, Exam exam, boolean... right) {
        Network.asNew(username).post(V1 + "/exams/" + exam.id() + "/attempts").then().statusCode(201);
        long attempt = single("""
                SELECT a.id FROM exam_attempt a JOIN person p ON p.id = a.learner_id
                WHERE a.exam_id = ? AND p.username = ? AND a.status = 'IN_PROGRESS'""", exam.id(), username).longValue();
        Map<Long, Integer> positions = positions(attempt);
        for (int i = 0; i < exam.questions().size(); i++) {
            var question = exam.question(i);
            long option = right[i] ? question.right() : question.wrong();
            Network.asNew(username).body(Map.of("optionIds", List.of(option)))
                    .put(V1 + "/attempts/" + attempt + "/answers/" + positions.get(question.id()))
                    .then().statusCode(200);
        }
        Network.asNew(username).post(V1 + "/attempts/" + attempt + "/submission")
                .then().statusCode(200);
        return attempt;
    }

    /** Where each question stands in an attempt (question id to position). */
    public static Map<Long, Integer> positions(long attemptId) {
        Map<Long, Integer> positions = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT question_id, position FROM attempt_question WHERE attempt_id = ?", attemptId)) {
            positions.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return positions;
    }

    /** The rows of a query, each as an array of column values. */
    public static List<Object[]> rows(String sql, Object... parameters) {
        try (Connection db = connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var result = statement.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one number a query answers (a count, an id). */
    public static Number single(String sql, Object... parameters) {
        var rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return (Number) rows.get(0)[0];
    }

    /** A fresh Contoso location, so that a rule on it assigns a path to this test's people only. */
    public static long newLocation() {
        var body = new HashMap<String, Object>();
        body.put("partnerId", Sessions.CONTOSO);
        body.put("name", "IT Insight " + Network.suffix());
        body.put("city", "London");
        body.put("country", "GB");
        body.put("brandIds", List.of());
        return ((Number) as("admin").body(body).post(V1 + "/locations").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /** A new learner at the (Contoso) location, created by Contoso's partner admin; returns the username. */
    public static String newLearner(long locationId) {
        var person = Network.newPerson(List.of(locationId), List.of("LEARNER"));
        person.put("position", "SERVICE_TECHNICIAN");
        as("pa.contoso").body(person).post(V1 + "/people").then().statusCode(201);
        return (String) person.get("username");
    }

    private static Connection connection() throws SQLException {
        var database = TestDatabaseSession.coordinates();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
