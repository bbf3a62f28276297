package org.partneracademy.web.rest.enrollment;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Supplier;
import org.partneracademy.enrollment.EnrollmentRequests.RequestOutcome;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.enrollment.RepeatedRequestException;
import org.partneracademy.platform.error.ConflictException;

/**
 * Answers an enrollment request that may carry an {@code Idempotency-Key}: 201 with the new enrollment,
 * or 200 with the enrollment an earlier request with the same key made, also when that request was
 * running at the same moment and won the race (its transaction is read after this one rolled back).
 */
final class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";

    private IdempotentRequests() {
    }

    static Response answer(UriInfo uri, String key, Supplier<RequestOutcome> request,
            Supplier<Optional<EnrollmentView>> repeated) {
        RequestOutcome outcome;
        try {
            outcome = request.get();
        } catch (RepeatedRequestException e) {
            return repeated.get().map(enrollment -> Response.ok(enrollment).build())
                    .orElseThrow(() -> new ConflictException("A request with Idempotency-Key " + key
                            + " failed or is still running; try again"));
        }
        var enrollment = outcome.enrollment();
        if (!outcome.created()) {
            return Response.ok(enrollment).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("enrollments").path(String.valueOf(enrollment.id())).build())
                .entity(enrollment).build();
    }
}
