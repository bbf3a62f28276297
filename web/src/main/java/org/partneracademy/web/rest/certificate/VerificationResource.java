package org.partneracademy.web.rest.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.certification.certificate.CertificateVerification;
import org.partneracademy.certification.certificate.VerificationResult;

/** Public: no sign-in (web.xml leaves {@code /api/v1/verifications/*} unprotected). */
@Path("verifications/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class VerificationResource {

    @Inject
    CertificateVerification verification;

    @GET
    @PermitAll
    @Operation(summary = "Verify a certificate by its code (public, no sign-in)",
            description = "VALID, EXPIRED, REVOKED or SUPERSEDED with the holder's name, the certification and its "
                    + "dates, nothing else. An unknown or malformed code answers 404")
    public VerificationResult verify(@PathParam("code") String code) {
        return verification.verify(code);
    }
}
