package org.partneracademy.certification.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the public reaches this academy: the QR code and the printed link of a certificate point at
 * {@code <PA_PUBLIC_BASE_URL>/verify/<code>}. A certificate printed today carries today's address, so the
 * base URL should be one that stays.
 */
@ApplicationScoped
public class CertificateSettings {

    @Inject
    @ConfigProperty(name = "pa.public.base.url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    public String verifyUrl(String verificationCode) {
        var base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + "/verify/" + verificationCode;
    }
}
