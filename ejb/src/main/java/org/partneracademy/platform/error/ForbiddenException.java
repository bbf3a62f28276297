package org.partneracademy.platform.error;

/**
 * The caller's role allows the request in general, but a rule forbids it to this caller, e.g. segregation
 * of duties: a training leader acting on a trainer of their own partner organisation. REST answers 403.
 */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
