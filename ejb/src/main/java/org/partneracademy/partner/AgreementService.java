package org.partneracademy.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.Role;

/**
 * Partners' agreements: the vendor admin records and revises them; enrollment and invoicing ask which
 * one is in force on a day ({@link #agreementInForce}).
 *
 * <p>A partner never has two agreements in force on the same day. Two requests adding overlapping
 * agreements at once would both pass a plain "any overlap?" query, so every change first locks the
 * partner's row ({@code SELECT ... FOR UPDATE}): changes to one partner's agreements run one after the
 * other, and each sees what the previous one committed (READ COMMITTED).
 */
@Stateless
public class AgreementService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public List<AgreementView> agreements(long partnerId) {
        findPartner(partnerId, LockModeType.NONE);
        return em.createQuery("select a from Agreement a where a.partner.id = :partner order by a.validFrom desc",
                        Agreement.class)
                .setParameter("partner", partnerId).getResultList().stream().map(AgreementView::of).toList();
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public AgreementView add(long partnerId, @NotNull @Valid AgreementTerms terms) {
        var partner = findPartner(partnerId, LockModeType.PESSIMISTIC_WRITE);
        refuseOverlap(partner, terms, null);
        var agreement = new Agreement(partner, terms);
        em.persist(agreement);
        em.flush();
        return AgreementView.of(agreement);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public AgreementView revise(long partnerId, long agreementId, @NotNull @Valid AgreementTerms terms) {
        var partner = findPartner(partnerId, LockModeType.PESSIMISTIC_WRITE);
        var agreement = em.createQuery("select a from Agreement a where a.id = :id and a.partner = :partner", Agreement.class)
                .setParameter("id", agreementId).setParameter("partner", partner)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
        refuseOverlap(partner, terms, agreement.getId());
        agreement.revise(terms);
        em.flush();
        return AgreementView.of(agreement);
    }

    /**
     * The partner's agreement in force on {@code day}, if any: what enrollment and invoicing settle by.
     * Open to every caller of the application (learners enroll, jobs invoice); it is not exposed over
     * REST to anyone but the vendor admin.
     */
    @PermitAll
    public Optional<AgreementView> agreementInForce(long partnerId, @NotNull LocalDate day) {
        return em.createQuery("""
                        select a from Agreement a where a.partner.id = :partner
                        and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)""", Agreement.class)
                .setParameter("partner", partnerId).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst().map(AgreementView::of);
    }

    private void refuseOverlap(Partner partner, AgreementTerms terms, Long revisedId) {
        if (terms.validFrom() == null) {
            return;
        }
        // Two periods overlap when each starts before the other ends; an open end never ends.
        var overlapping = em.createQuery("""
                        select a from Agreement a where a.partner = :partner and (:revised is null or a.id <> :revised)
                        and (:to is null or a.validFrom <= :to) and (a.validTo is null or a.validTo >= :from)
                        order by a.validFrom""", Agreement.class)
                .setParameter("partner", partner).setParameter("revised", revisedId)
                .setParameter("from", terms.validFrom()).setParameter("to", terms.validTo())
                .setMaxResults(1).getResultList();
        if (!overlapping.isEmpty()) {
            var other = overlapping.get(0);
            throw new ConflictException(partner.getName() + " already has a " + other.getModel() + " agreement in force from "
                    + other.getValidFrom() + (other.getValidTo() == null ? " with no end" : " to " + other.getValidTo())
                    + "; a partner has at most one agreement in force on any day");
        }
    }

    private Partner findPartner(long partnerId, LockModeType lock) {
        var partner = em.find(Partner.class, partnerId, lock);
        if (partner == null) {
            throw new NotFoundException("Partner", partnerId);
        }
        return partner;
    }
}
