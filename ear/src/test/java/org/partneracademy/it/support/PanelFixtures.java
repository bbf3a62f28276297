package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fixtures of the trainer panel: a classroom course with a rubric, training leaders and candidates inserted
 * with SQL (demo password; vendor staff or at a partner), and a candidacy waiting at OBSERVED_DELIVERY
 * (the candidacy process of another feature is not needed for the panel).
 */
public final class PanelFixtures {

    public static final long CONTOSO = 2;
    public static final long FABRIKAM = 3;
    public static final long NORTHWIND = 1;

    private PanelFixtures() {
    }

    /** A published classroom course; returns its code and id. */
    public record Course(long id, String code) {
    }

    public record Person(long id, String username) {
    }

    public static Course course() {
        long id = EnrollmentFixtures.classroomCourse();
        String code = as("admin").get(V1 + "/courses/" + id).then().statusCode(200).extract().path("code");
        return new Course(id, code);
    }

    /** A rubric: two criteria, "Clarity" (weight 60, minimum 3) and "Labs" (weight 40, minimum 2), pass 70 %. */
    public static Map<String, Object> rubric() {
        var body = new HashMap<String, Object>();
        body.put("criteria", List.of(criterion("Clarity", 60, 3), criterion("Labs", 40, 2)));
        body.put("passPercent", 70);
        body.put("panelDays", 10);
        body.put("maxTries", 3);
        return body;
    }

    public static Map<String, Object> criterion(String name, int weight, int minimum) {
        var c = new HashMap<String, Object>();
        c.put("name", name);
        c.put("description", "How well the candidate does " + name.toLowerCase());
        c.put("weight", weight);
        c.put("minimumScore", minimum);
        return c;
    }

    /** Puts the standard; returns the criterion ids in rubric order. */
    public static List<Long> standard(String code, Map<String, Object> body) {
        List<Number> ids = as("admin").body(body).put(V1 + "/delivery-standards/" + code).then().statusCode(200)
                .extract().path("criteria.id");
        return ids.stream().map(Number::longValue).toList();
    }

    /** A person with the given roles at the partner (null: vendor staff); password: the demo password. */
    public static Person person(Long partnerId, String... roles) {
        String username = "pnl-" + UUID.randomUUID().toString().substring(0, 8);
        try (var c = connection(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO person (username, password_hash, display_name, email, position, partner_id) "
                    + "SELECT '" + username + "', password_hash, 'Panel " + username + "', '" + username + "@example.com', "
                    + (partnerId == null ? "'VENDOR_STAFF', NULL" : "'TRAINER', " + partnerId)
                    + " FROM person WHERE username = 'leader'", Statement.RETURN_GENERATED_KEYS);
            long id = generatedKey(s);
            for (String role : roles) {
                s.executeUpdate("INSERT INTO person_role (person_id, role) VALUES (" + id + ", '" + role + "')");
            }
            return new Person(id, username);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Person leader(Long partnerId) {
        return person(partnerId, "TRAINING_LEADER");
    }

    /** A candidacy at OBSERVED_DELIVERY; returns its id. */
    public static long candidacy(Person candidate, Course course) {
        try (var c = connection(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO trainer_candidacy (candidate_id, course_id, course_code, version_major, kind, status,"
                    + " nominated_by, nominated_at, step_since) VALUES (" + candidate.id() + ", " + course.id() + ", '"
                    + course.code() + "', 1, 'INITIAL', 'OBSERVED_DELIVERY', 'admin', NOW(6), NOW(6))",
                    Statement.RETURN_GENERATED_KEYS);
            return generatedKey(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int update(String sql) {
        try (var c = connection(); var s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql) {
        try (var c = connection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Schedules an observed delivery with the panel; returns its id. */
    public static long schedule(long candidacyId, List<Person> panel) {
        var body = Map.of("deliveredOn", "2026-11-20", "scope", "Modules 1-3", "panel",
                panel.stream().map(Person::id).toList());
        return ((Number) as("leader").body(body).post(V1 + "/trainer-candidacies/" + candidacyId + "/observed-deliveries")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** The leader's open sign-off task for the delivery. */
    public static String taskOf(Person leader, long observedDeliveryId) {
        return as(leader.username()).get(V1 + "/me/signoff-tasks").then().statusCode(200).extract()
                .path("find { it.observedDeliveryId == " + observedDeliveryId + " }.taskId");
    }

    public static Map<String, Object> signOff(List<Long> criteria, int clarity, int labs, String comments) {
        var scores = new ArrayList<Map<String, Object>>();
        scores.add(Map.of("criterionId", criteria.get(0), "score", clarity));
        scores.add(Map.of("criterionId", criteria.get(1), "score", labs));
        var body = new HashMap<String, Object>();
        body.put("scores", scores);
        body.put("comments", comments);
        return body;
    }

    private static long generatedKey(Statement s) throws SQLException {
        try (var keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static Connection connection() throws SQLException {
        var db = TestDatabaseSession.coordinates();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }
}
