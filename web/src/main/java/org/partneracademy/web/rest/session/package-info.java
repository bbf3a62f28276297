/**
 * REST for instructor-led sessions: the open sessions learners may enroll in, the admins' sessions
 * with their quotas, rosters, waitlists and cancellation, and the instructors' attendance sheets.
 */
package org.partneracademy.web.rest.session;
