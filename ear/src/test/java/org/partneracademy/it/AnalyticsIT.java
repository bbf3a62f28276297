package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;

/** The vendor's progress figures over REST and on the dashboard page, and who may read them. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AnalyticsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theDashboardCountsAnEnrollmentAndItsCompletion() {
        var course = Api.publishedCourse("Counted module");
        long courseId = ((Number) course.path("id")).longValue();
        String code = course.path("code");
        String thisMonth = YearMonth.now(ZoneOffset.UTC).toString();

        var before = as("admin").get(V1 + "/analytics/progress").then().statusCode(200)
                .body("months", hasSize(12))
                .body("months[11].month", equalTo(thisMonth))
                .body("partners.partnerName", hasItem("Litware Implementation"))
                .extract();
        int enrolledThisMonth = before.path("months[11].enrollments");
        int completedThisMonth = before.path("months[11].completions");
        Integer northwindBefore = before.path("partners.find { it.partnerName == 'Northwind Resellers' }?.enrollments");
        int northwind = northwindBefore == null ? 0 : northwindBefore;

        long enrollment = Api.enroll("nils", courseId);
        as("nils").put(V1 + "/enrollments/" + enrollment + "/modules/" + Api.moduleIds(course).get(0) + "/completion")
                .then().statusCode(200);

        as("admin").get(V1 + "/analytics/progress").then().statusCode(200)
                .body("months[11].enrollments", equalTo(enrolledThisMonth + 1))
                .body("months[11].completions", equalTo(completedThisMonth + 1))
                .body("partners.find { it.partnerName == 'Northwind Resellers' }.enrollments", equalTo(northwind + 1))
                .body("courses.find { it.courseCode == '" + code + "' }.enrollments", equalTo(1))
                .body("courses.find { it.courseCode == '" + code + "' }.completionRate", equalTo(100))
                .body("totalEnrollments", greaterThan(0));
    }

    @Test
    void theDemoYearShowsInTheMonths() {
        List<Integer> enrollments = as("admin").get(V1 + "/analytics/progress").then().statusCode(200)
                .extract().path("months.enrollments");
        assertThat(enrollments.stream().mapToInt(Integer::intValue).sum()).isGreaterThan(0);
    }

    @Test
    void theDashboardPageShowsChartsAndTheirFigures() {
        as("admin").accept("text/html").redirects().follow(false).get(RealEar.BASE_URL + "/admin/dashboard.xhtml")
                .then().statusCode(200)
                .body(containsString("<h1>Progress dashboard</h1>"))
                .body(containsString("Enrollments by partner"))
                .body(containsString("Litware Implementation"));
        as("pa.contoso").accept("text/html").redirects().follow(false).get(RealEar.BASE_URL + "/admin/dashboard.xhtml")
                .then().statusCode(403);
    }

    @Test
    void onlyTheVendorAdminReadsTheFigures() {
        for (String user : List.of("alice", "pa.contoso", "leader", "trainer.contoso")) {
            as(user).get(V1 + "/analytics/progress").then().statusCode(403);
        }
    }
}
