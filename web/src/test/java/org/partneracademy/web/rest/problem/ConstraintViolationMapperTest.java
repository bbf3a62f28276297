package org.partneracademy.web.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.NewCourse;
import org.partneracademy.catalog.NewModule;
import org.partneracademy.enrollment.EnrollmentRequest;

/** Field names in problem documents are the JSON paths a client sent, not Java method internals. */
class ConstraintViolationMapperTest {

    /** Stands in for a service method: the same parameter constraints as the real ones. */
    static class Service {
        public void draft(@NotNull @Valid NewCourse draft) {
        }

        public void enroll(@NotNull @Valid EnrollmentRequest request) {
        }
    }

    private static ValidatorFactory factory;

    @BeforeAll
    static void open() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void nestedListElementsAreNamedLikeJsonPaths() throws Exception {
        var draft = NewCourse.forEveryone("C-1", "T", null, CourseFormat.SELF_PACED, "en", BigDecimal.ONE, "EUR",
                List.of(new NewModule("ok", 10, null), new NewModule("", 10, null)));

        assertThat(fields("draft", NewCourse.class, draft)).containsExactly("modules[1].title");
    }

    @Test
    void topLevelFieldsAndAMissingBody() throws Exception {
        assertThat(fields("enroll", EnrollmentRequest.class, new EnrollmentRequest(-5L, null))).containsExactly("courseId");
        assertThat(fields("enroll", EnrollmentRequest.class, null)).containsExactly("body");
    }

    private static List<String> fields(String method, Class<?> parameterType, Object argument) throws Exception {
        var violations = factory.getValidator().forExecutables().validateParameters(new Service(),
                Service.class.getMethod(method, parameterType), new Object[] {argument});
        return violations.stream().map(ConstraintViolationMapper::fieldOf).sorted().toList();
    }
}
