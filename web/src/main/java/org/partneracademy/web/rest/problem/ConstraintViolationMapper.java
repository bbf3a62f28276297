package org.partneracademy.web.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Bean Validation failures of a service call become a 400 problem naming each invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        var errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.response(400, "Invalid request", "The request has " + errors.size() + " invalid field(s).", errors);
    }

    /**
     * The path inside the request body: a violation on {@code enroll.request.courseId} is reported as
     * {@code courseId}; one on the whole body (e.g. a missing body) as {@code body}.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        var field = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER
                        && node.getKind() != ElementKind.CROSS_PARAMETER && node.getKind() != ElementKind.RETURN_VALUE)
                .map(ConstraintViolationMapper::nodeName)
                .collect(Collectors.joining("."));
        return field.isEmpty() ? "body" : field;
    }

    private static String nodeName(Path.Node node) {
        String name = node.getName() == null ? "" : node.getName();
        if (node.getIndex() != null) {
            return name + "[" + node.getIndex() + "]";
        }
        return name;
    }
}
