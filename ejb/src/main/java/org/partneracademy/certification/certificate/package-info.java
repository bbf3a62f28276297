/**
 * Certificates as documents: the PDF a holder downloads (rendered behind {@link
 * org.partneracademy.certification.certificate.CertificateRenderer}) and the public verification of a
 * certificate's code. It reads the certification tables with its own queries and changes nothing in them;
 * issuing and revoking belong to the certification lifecycle.
 */
package org.partneracademy.certification.certificate;
