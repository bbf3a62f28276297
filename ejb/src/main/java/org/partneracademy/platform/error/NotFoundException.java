package org.partneracademy.platform.error;

/**
 * The thing asked for does not exist, or the caller may not know that it exists: data outside the
 * caller's scope is reported exactly like missing data, so guessed ids reveal nothing.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
