package org.partneracademy.trainer;

/**
 * CDI event: an authorised trainer must be observed again to keep teaching a course family (a new major
 * version was published, or the authorisation is running out without enough good deliveries). The
 * candidacy feature observes it and opens a REAUTHORISATION candidacy at the observed-delivery step for
 * {@code courseId} (the version to be authorised for), unless one is open already.
 */
public record ReauthorisationNeeded(long authorisationId, long trainerId, long courseId, String reason) {
}
