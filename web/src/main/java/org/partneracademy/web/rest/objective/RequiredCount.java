package org.partneracademy.web.rest.objective;

/** The body of a change to an objective: how many certified people it requires. */
public record RequiredCount(Integer requiredCount) {
}
