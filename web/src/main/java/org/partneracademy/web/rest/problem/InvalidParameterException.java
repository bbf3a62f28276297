package org.partneracademy.web.rest.problem;

import java.util.List;

/**
 * A query parameter that is not what the endpoint takes (a page that is no number, an unknown format).
 * JAX-RS would answer a conversion failure of a query parameter with 404; this says 400 and names it.
 */
public class InvalidParameterException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.errors = List.of(new Problem.FieldError(parameter, message));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
