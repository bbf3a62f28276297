/**
 * Pages of instructor-led sessions: the vendor admin's session list and session page (schedule,
 * quotas and reservations, roster, waitlist, cancellation) and the instructor's sessions and
 * attendance sheet; and the learner's upcoming sessions (list and calendar) to enroll in.
 */
package org.partneracademy.web.session;
