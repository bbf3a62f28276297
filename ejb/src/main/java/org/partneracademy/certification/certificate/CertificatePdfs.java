package org.partneracademy.certification.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * The PDF of one certificate. Who may download it: its holder, the partner admins who administer the
 * holder ({@link PartnerScope}) and the vendor admin. To anyone else the certificate does not exist (404),
 * so guessed ids reveal nothing. Any certificate of a cycle may be downloaded, whatever its status: the
 * verify page its QR code points at tells whether it still holds.
 */
@Stateless
@RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
public class CertificatePdfs {

    /** A certificate's PDF and the file name to offer it under. */
    public record CertificatePdf(String fileName, byte[] content) {
    }

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CertificateRecords records;

    @Inject
    CertificateRenderer renderer;

    @Inject
    CertificateSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerScope scope;

    public CertificatePdf pdfOf(long certificateId) {
        var certificate = records.byId(certificateId)
                .filter(this::mayRead)
                .orElseThrow(() -> new NotFoundException("Certificate", certificateId));
        var document = new CertificateDocument(certificate.holderName(), certificate.certificationName(),
                certificate.levelLabel(), certificate.issuedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                certificate.expiresAt() == null ? null : certificate.expiresAt().atZone(ZoneOffset.UTC).toLocalDate(),
                certificate.verificationCode(), settings.verifyUrl(certificate.verificationCode()));
        return new CertificatePdf("certificate-" + certificate.verificationCode() + ".pdf", renderer.render(document));
    }

    private boolean mayRead(CertificateRecord certificate) {
        if (currentUser.hasRole(Role.VENDOR_ADMIN) || certificate.holderUsername().equals(currentUser.username())) {
            return true;
        }
        var condition = scope.administeredPeople("p");
        return !condition.bind(em.createQuery("select p.id from Person p where p.id = :holder and " + condition.jpql(), Long.class))
                .setParameter("holder", certificate.holderId())
                .getResultList().isEmpty();
    }
}
