package org.partneracademy.enrollment;

import org.partneracademy.platform.error.ConflictException;

/**
 * A simultaneous request with the same Idempotency-Key made the enrollment first. The transaction of
 * this request rolls back; the caller answers with the first request's enrollment instead.
 */
public class RepeatedRequestException extends ConflictException {

    private final String requestKey;

    public RepeatedRequestException(String requestKey) {
        super("A request with Idempotency-Key " + requestKey + " is already being processed");
        this.requestKey = requestKey;
    }

    public String requestKey() {
        return requestKey;
    }
}
