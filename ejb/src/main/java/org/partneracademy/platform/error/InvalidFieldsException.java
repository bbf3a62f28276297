package org.partneracademy.platform.error;

import java.util.List;

/**
 * Input that is well-formed but wrong field by field in a way only the service can tell (a cut-off after
 * the first day, a capacity below the seats already held, an instructor who is no trainer of the
 * delivering partner). Reported like a Bean Validation failure: 400 with each field and its problem.
 */
public class InvalidFieldsException extends DomainException {

    public record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super("The request has " + problems.size() + " invalid field(s): " + problems.stream()
                .map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
