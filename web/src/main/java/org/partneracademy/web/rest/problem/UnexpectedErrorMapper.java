package org.partneracademy.web.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. A concurrent update lost to another is a 409 the client can retry; the rest is a 500
 * whose detail carries only a reference to the server log, never the exception's text.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (causedBy(exception, OptimisticLockException.class)) {
            return Problem.response(Response.Status.CONFLICT, "Concurrent update",
                    "Someone else changed this at the same time. Reload and try again.");
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + reference, exception instanceof EJBException ejb && ejb.getCause() != null
                ? ejb.getCause() : exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "The server could not complete the request. Reference: " + reference);
    }

    private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
