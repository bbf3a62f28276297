/**
 * Enrollments and the registrations ledger over REST: a learner's own enrollments, module completion and
 * registration entry; registrations with their events for the vendor and partner admins; refunds by finance.
 */
package org.partneracademy.web.rest.enrollment;
