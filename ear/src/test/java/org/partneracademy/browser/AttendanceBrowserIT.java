package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;

/**
 * An instructor opens "My sessions", picks the second day of a two-day session and marks one learner
 * present and another absent; the marks are saved and shown again when the page is opened anew.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class AttendanceBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void anInstructorMarksAttendanceForADay() {
        var course = Sessions.publishedIltCourse();
        var body = Sessions.body(course.publicOffering());
        String first = Sessions.inDays(30).toString();
        String second = Sessions.inDays(31).toString();
        body.put("days", List.of(Sessions.day(Sessions.inDays(30), "09:00", "17:00"), Sessions.day(Sessions.inDays(31), "09:00", "13:00")));
        body.put("deliveringPartnerId", Sessions.CONTOSO);
        body.put("instructorIds", List.of(Sessions.CONTOSO_TRAINER));
        long session = Sessions.create("admin", body);
        long emma = Sessions.enroll("emma", session, "SEATED");
        long mona = Sessions.enroll("mona", session, "SEATED");

        LoginPage.open(browser).signIn("trainer.contoso");
        // Trainers are learners too: they land on My learning.
        new MyLearningPage(browser);
        var teaching = TeachingPage.fromMenu(browser);
        assertThat(teaching.courses()).anyMatch(c -> c.startsWith(course.code() + " "));

        var sheet = teaching.openAttendance(course.code());
        assertThat(sheet.learners()).containsExactly("Emma Evans (emma)", "Mona Meyer (mona)");
        assertThat(sheet.day()).isEqualTo(first);
        sheet = sheet.showDay(second);
        assertThat(sheet.day()).isEqualTo(second);
        sheet.markPresent("emma").markAbsent("mona").save();
        assertThat(sheet.notices()).contains("Attendance saved for " + second + ".");

        as("trainer.contoso").get(V1 + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("rows.find { it.enrollmentId == " + emma + " }.marks.'" + second + "'", equalTo(true))
                .body("rows.find { it.enrollmentId == " + mona + " }.marks.'" + second + "'", equalTo(false))
                .body("rows.find { it.enrollmentId == " + emma + " }.marks.'" + first + "'", equalTo(null));

        var again = TeachingPage.fromMenu(browser).openAttendance(course.code()).showDay(second);
        assertThat(again.day()).isEqualTo(second);
        assertThat(again.markOf("emma")).isTrue();
        assertThat(again.markOf("mona")).isFalse();
        assertThat(again.showDay(first).markOf("emma")).isNull();
    }
}
