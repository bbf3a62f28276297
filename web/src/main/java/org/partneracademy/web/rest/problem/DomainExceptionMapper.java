package org.partneracademy.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return Problem.response(statusOf(exception), exception.title(), exception.getMessage());
    }

    private static Response.Status statusOf(DomainException exception) {
        if (exception instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (exception instanceof ConflictException) {
            return Response.Status.CONFLICT;
        }
        if (exception instanceof RuleViolationException) {
            return Response.Status.fromStatusCode(422);
        }
        return Response.Status.BAD_REQUEST;
    }
}
