package org.partneracademy.partner;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The model's terms are given, no other model's terms are, and the dates are in order ({@link AgreementTerms#problems()}). */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentAgreementTerms.Validator.class)
public @interface ConsistentAgreementTerms {

    String message() default "the terms do not fit the agreement model";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports each problem on its own field, so a client learns which term to fix. */
    class Validator implements ConstraintValidator<ConsistentAgreementTerms, AgreementTerms> {

        @Override
        public boolean isValid(AgreementTerms terms, ConstraintValidatorContext context) {
            if (terms == null) {
                return true;
            }
            var problems = terms.problems();
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            problems.forEach((field, message) -> context.buildConstraintViolationWithTemplate(escape(message))
                    .addPropertyNode(field).addConstraintViolation());
            return false;
        }

        /** The message is plain text, not a template: braces and dollars must not be interpolated. */
        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
