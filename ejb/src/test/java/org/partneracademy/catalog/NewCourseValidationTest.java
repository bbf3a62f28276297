package org.partneracademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks a draft meets on every path (page, API): one place, tested without a container. */
class NewCourseValidationTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aCompleteDraftIsValid() {
        var draft = NewCourse.forEveryone("SALES-101", "Selling", "desc", CourseFormat.SELF_PACED, "en",
                new BigDecimal("149.00"), "EUR", List.of(new NewModule("Intro", 15, null)));

        assertThat(validator.validate(draft)).isEmpty();
    }

    @Test
    void everyBadFieldIsReported() {
        var draft = NewCourse.forEveryone("bad code!", " ", null, null, "english", new BigDecimal("-1.005"), "euro",
                List.of(new NewModule("", 0, null)));

        assertThat(validator.validate(draft)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("code", "title", "format", "language", "listPrice", "listPrice",
                        "currency", "modules[0].title", "modules[0].durationMinutes");
    }

    @Test
    void aDraftNeedsAtLeastOneModuleAndNoNullModules() {
        var empty = NewCourse.forEveryone("C-1", "T", null, CourseFormat.SELF_PACED, "en", BigDecimal.TEN, "EUR", List.of());
        var withNull = NewCourse.forEveryone("C-1", "T", null, CourseFormat.SELF_PACED, "en", BigDecimal.TEN, "EUR",
                java.util.Arrays.asList((NewModule) null));

        assertThat(validator.validate(empty)).extracting(ConstraintViolation::getPropertyPath).hasSize(1)
                .first().hasToString("modules");
        assertThat(validator.validate(withNull)).hasSize(1);
    }
}
