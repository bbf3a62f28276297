package org.partneracademy.catalog;

/**
 * A new major version of a course was published and superseded an older one (CDI event, fired inside
 * the publishing transaction). Observers tell the people concerned through
 * {@code notification.Notifier}: today the enrollment feature notifies everyone with an open or
 * completed enrollment on an older version; the certification feature (people certified on the old
 * version) and the trainer feature (trainers authorised to deliver it) are meant to observe it too and
 * add their recipients. An observer that throws rolls the publication back, so observers only record.
 *
 * @param courseId the newly published version
 * @param code the course family's code
 * @param title the new version's title
 * @param version the new version, e.g. "2.0"
 * @param previousVersion the version it retired, e.g. "1.3"
 */
public record MajorVersionPublished(long courseId, String code, String title, String version, String previousVersion) {
}
