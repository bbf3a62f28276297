package org.partneracademy.certification.certificate;

import java.time.LocalDate;

/**
 * What a certificate document shows, as plain values: any text is printed as given (a renderer must not
 * interpret it). {@code expiresOn} is null for a certification that never expires; {@code verifyUrl} is
 * the public page the QR code points at.
 */
public record CertificateDocument(String holderName, String certificationName, String levelLabel,
        LocalDate issuedOn, LocalDate expiresOn, String verificationCode, String verifyUrl) {
}
