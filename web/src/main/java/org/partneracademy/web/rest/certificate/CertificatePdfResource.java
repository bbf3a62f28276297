package org.partneracademy.web.rest.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.certification.certificate.CertificatePdfs;
import org.partneracademy.certification.certificate.CertificateRenderer;
import org.partneracademy.platform.security.Role;

@Path("certificates/{id}/pdf")
@RequestScoped
@Tag(name = "Certificates")
public class CertificatePdfResource {

    @Inject
    CertificatePdfs pdfs;

    @GET
    @Produces(CertificateRenderer.MEDIA_TYPE)
    @RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "A certificate as PDF, with its verification code and a QR code of the public verify page",
            description = "For the holder, the partner admins who administer the holder and the vendor admin; "
                    + "404 for anyone else and for an unknown id")
    public Response pdf(@PathParam("id") long id) {
        var pdf = pdfs.pdfOf(id);
        return Response.ok(pdf.content(), CertificateRenderer.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
