/**
 * Instructor-led sessions of a course offering: their days in a time zone, place, capacity, instructors
 * and per-partner quotas and reserved seats; the seats themselves (seated, offered, waitlisted) under a
 * lock on the session row; and the attendance instructors mark per day. Enrollments are referred to by
 * id only, so this package does not depend on the enrollment feature.
 */
package org.partneracademy.session;
