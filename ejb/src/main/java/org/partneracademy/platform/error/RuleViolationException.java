package org.partneracademy.platform.error;

/** Well-formed input that breaks a business rule, e.g. publishing a course without modules. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Business rule violated";
    }
}
