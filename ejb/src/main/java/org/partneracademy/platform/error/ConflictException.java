package org.partneracademy.platform.error;

/** The request contradicts the current state, e.g. enrolling in a course one is already enrolled in. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
