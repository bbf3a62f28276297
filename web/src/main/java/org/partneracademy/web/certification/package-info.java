/**
 * Certification pages: the vendor admin's definitions (with the what-if date preview) and certifications
 * (assign, revoke), and the learner's own certifications with requirements and transcript.
 */
package org.partneracademy.web.certification;
