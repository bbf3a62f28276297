package org.partneracademy.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A request the domain refuses for a reason the caller can act on. Thrown by services, rolled back,
 * and translated by the UI into a message and by the REST API into an RFC 9457 problem.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** A short, stable, human-readable summary of the kind of problem, e.g. "Not found". */
    public abstract String title();
}
