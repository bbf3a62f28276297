/**
 * Certifications: definitions (levels, positions, original and recertification paths, validity, expiry
 * mode, window and grace), each learner's certification across its cycles, the certificates issued and
 * the explained history of every change. Dates come from {@link org.partneracademy.certification.CertificationDates},
 * the one calculator that issuance and the what-if preview share.
 */
package org.partneracademy.certification;
