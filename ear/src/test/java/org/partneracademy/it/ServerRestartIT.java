package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.TestClock;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * The promise that a server restart in the middle of a process loses nothing. Two enrollment
 * processes wait when the server stops: one for its course completion (a message), one for a
 * manager's approval whose deadline (a timer, an hour on the test server) the test passes after the
 * restart by moving the application clock. After the start the first receives the completion and
 * records it in the ledger, and the second's timer fires and expires the request: both the same process
 * instances as before.
 *
 * <p>The server is the manual-mode container {@value #CONTAINER} of arquillian.xml, which this test
 * starts and stops itself; it runs in its own failsafe execution (tag {@code restart}) so that the
 * suite's server is not running at the same time.
 */
@Tag("integration")
@Tag("restart")
@ExtendWith(ArquillianExtension.class)
class ServerRestartIT {

    static final String CONTAINER = "wildfly-restart";
    private static final String EAR = "partner-academy";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void waitingEnrollmentProcessesContinueAfterTheServerRestarts() throws Exception {
        controller.start(CONTAINER);
        try {
            deployer.deploy(EAR);
            var course = Api.publishedCourse("Before the restart", "After the restart");
            long courseId = ((Number) course.path("id")).longValue();
            var modules = Api.moduleIds(course);
            long enrollmentId = Api.enroll("alice", courseId);
            as("alice").put(V1 + "/enrollments/" + enrollmentId + "/modules/" + modules.get(0) + "/completion")
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
            String instanceBefore = waitingProcessInstance(enrollmentId);
            assertThat(instanceBefore).as("the enrollment's process waits for the course completion").isNotNull();

            var team = EnrollmentFixtures.team(1);
            String requester = team.learners().get(0);
            long approvalCourseId = ((Number) Api.publishedCourse("Needs approval").path("id")).longValue();
            EnrollmentFixtures.publicOffering(approvalCourseId, "149.00", true, 7);
            long requestId = ((Number) login(requester).body(Map.of("courseId", approvalCourseId))
                    .post(V1 + "/enrollments").then().statusCode(201).body("status", equalTo("PENDING_APPROVAL"))
                    .extract().path("id")).longValue();
            String approvalInstance = processInstanceWithTimer(requestId);
            assertThat(approvalInstance).as("the approval waits with its deadline as a timer job").isNotNull();

            controller.stop(CONTAINER);
            assertThatThrownBy(ServerRestartIT::pingServer).as("the server is down").isInstanceOf(ConnectException.class);
            controller.start(CONTAINER);

            assertThat(waitingProcessInstance(enrollmentId)).as("the same instance still waits after the restart")
                    .isEqualTo(instanceBefore);
            as("alice").put(V1 + "/enrollments/" + enrollmentId + "/modules/" + modules.get(1) + "/completion")
                    .then().statusCode(200).body("status", equalTo("COMPLETED"));
            assertThat(EnrollmentFixtures.awaitRegistrationEvents("alice", enrollmentId, 2)).containsExactly("SEAT_TAKEN", "COMPLETED");
            assertThat(finishedActivities(instanceBefore))
                    .as("the process instance from before the restart recorded the completion and ended")
                    .contains("RecordCompletion", "ReportCompletion");
            assertThat(waitingProcessInstance(enrollmentId)).isNull();

            // The restarted server is back at real time (the clock's offset lives in memory): move it past the deadline.
            TestClock.advance(Duration.ofHours(1).plusMinutes(1));
            boolean expired = EnrollmentFixtures.await(Duration.ofSeconds(60), () -> "EXPIRED".equals(
                    login(requester).get(V1 + "/enrollments/" + requestId).then().extract().path("status")));
            assertThat(expired).as("the approval deadline set before the restart expired the request after it").isTrue();
            assertThat(finishedActivities(approvalInstance)).as("the timer of the instance from before the restart fired")
                    .contains("ManagerApprovalExpired", "ExpireRequest");
        } finally {
            if (controller.isStarted(CONTAINER)) {
                deployer.undeploy(EAR);
                controller.stop(CONTAINER);
            }
        }
    }

    private static void pingServer() throws Exception {
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(RealEar.BASE_URL + "/")).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The id of the enrollment's running process instance that waits for CourseCompleted, or null. */
    private static String waitingProcessInstance(long enrollmentId) throws SQLException {
        List<String> ids = query("""
                SELECT e.PROC_INST_ID_ FROM ACT_RU_EXECUTION e
                JOIN ACT_RU_EVENT_SUBSCR s ON s.PROC_INST_ID_ = e.PROC_INST_ID_ AND s.EVENT_NAME_ = 'CourseCompleted'
                WHERE e.PARENT_ID_ IS NULL AND e.BUSINESS_KEY_ = ?""", String.valueOf(enrollmentId));
        assertThat(ids).hasSizeLessThanOrEqualTo(1);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The id of the enrollment's running process instance that has a timer job, or null. */
    private static String processInstanceWithTimer(long enrollmentId) throws SQLException {
        List<String> ids = query("""
                SELECT DISTINCT e.PROC_INST_ID_ FROM ACT_RU_EXECUTION e
                JOIN ACT_RU_JOB j ON j.PROCESS_INSTANCE_ID_ = e.PROC_INST_ID_ AND j.TYPE_ = 'timer'
                WHERE e.PARENT_ID_ IS NULL AND e.BUSINESS_KEY_ = ?""", String.valueOf(enrollmentId));
        assertThat(ids).hasSizeLessThanOrEqualTo(1);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The activities of one process instance that have ended, from Camunda's history. */
    private static List<String> finishedActivities(String processInstanceId) throws SQLException {
        return query("SELECT ACT_ID_ FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ? AND END_TIME_ IS NOT NULL",
                processInstanceId);
    }

    private static List<String> query(String sql, String parameter) throws SQLException {
        var database = TestDatabaseSession.coordinates();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var result = statement.executeQuery()) {
                var values = new ArrayList<String>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        }
    }
}
