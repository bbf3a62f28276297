/** A learner's own enrollments over REST: enrolling, module completion and the registration ledger entry. */
package org.partneracademy.web.rest.enrollment;
