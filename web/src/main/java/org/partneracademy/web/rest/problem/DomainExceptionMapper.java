package org.partneracademy.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.ForbiddenException;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RejectedRowsException;
import org.partneracademy.platform.error.RuleViolationException;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    static final int UNPROCESSABLE_CONTENT = 422;

    @Override
    public Response toResponse(DomainException exception) {
        return Problem.response(statusOf(exception), exception.title(), exception.getMessage(), fieldErrorsOf(exception));
    }

    /** A rejected import names each problem as rows[n].column (row 0 is the file itself). */
    private static List<Problem.FieldError> fieldErrorsOf(DomainException exception) {
        if (exception instanceof RejectedRowsException rejected) {
            return rejected.errors().stream()
                    .map(e -> new Problem.FieldError("rows[" + e.row() + "]." + e.column(), e.message()))
                    .toList();
        }
        if (exception instanceof InvalidFieldsException invalid) {
            return invalid.problems().stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        }
        return List.of();
    }

    /** 422 has no constant in JAX-RS 3.1's Response.Status, hence plain status codes. */
    private static int statusOf(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return 404;
        }
        if (exception instanceof ConflictException) {
            return 409;
        }
        if (exception instanceof ForbiddenException) {
            return 403;
        }
        if (exception instanceof RuleViolationException || exception instanceof RejectedRowsException) {
            return UNPROCESSABLE_CONTENT;
        }
        return 400;
    }
}
