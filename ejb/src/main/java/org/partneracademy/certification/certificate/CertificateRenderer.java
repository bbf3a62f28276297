package org.partneracademy.certification.certificate;

/** Turns a certificate into a printable document (PDF). Side-effect free; implementations are thread-safe. */
public interface CertificateRenderer {

    String MEDIA_TYPE = "application/pdf";

    byte[] render(CertificateDocument certificate);
}
