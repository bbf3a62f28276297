package org.partneracademy.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.Role;

/**
 * The vendor admin adds and changes partners. Partner names are unique; a change of type or tier is told
 * to the assignment rules ({@link PartnerProfileChanged}) in the same transaction.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class PartnerService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Event<PartnerProfileChanged> profileChanged;

    @Inject
    AgreementService agreements;

    private final Clock clock = Clock.systemUTC();

    public PartnerProfile create(@NotNull @Valid PartnerDetails details) {
        refuseDuplicateName(details.name(), null);
        var partner = new Partner(details.name(), details.type(), tier(details.tier()));
        save(() -> em.persist(partner), details.name());
        return profile(partner.getId());
    }

    public PartnerProfile update(long partnerId, @NotNull @Valid PartnerDetails details) {
        var partner = find(partnerId);
        refuseDuplicateName(details.name(), partnerId);
        partner.rename(details.name());
        boolean rulesSeeAChange = partner.changeProfile(details.type(), tier(details.tier()));
        save(() -> { }, details.name());
        if (rulesSeeAChange) {
            profileChanged.fire(new PartnerProfileChanged(partnerId));
        }
        return profile(partnerId);
    }

    public PartnerProfile profile(long partnerId) {
        var partner = find(partnerId);
        var locations = em.createQuery("""
                        select distinct l from PartnerLocation l join fetch l.partner left join fetch l.brands
                        where l.partner = :partner""", PartnerLocation.class)
                .setParameter("partner", partner).getResultList().stream().map(LocationView::of)
                .sorted(Comparator.comparing(LocationView::name)).toList();
        var today = LocalDate.now(clock);
        return new PartnerProfile(partner.getId(), partner.getName(), partner.getType(), partner.getTier().getCode(),
                partner.getTier().getName(),
                agreements.agreementInForce(partnerId, today).map(AgreementView::model).orElse(null),
                locations, agreements.agreements(partnerId));
    }

    private PartnerTier tier(String code) {
        var tier = em.find(PartnerTier.class, code);
        if (tier == null) {
            throw new NotFoundException("Tier", code);
        }
        return tier;
    }

    private Partner find(long partnerId) {
        var partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new NotFoundException("Partner", partnerId);
        }
        return partner;
    }

    private void refuseDuplicateName(String name, Long partnerId) {
        boolean taken = !em.createQuery("select p.id from Partner p where p.name = :name and (:id is null or p.id <> :id)",
                        Long.class)
                .setParameter("name", name).setParameter("id", partnerId).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("A partner named " + name + " already exists");
        }
    }

    private void save(Runnable change, String name) {
        try {
            change.run();
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw new ConflictException("A partner named " + name + " was added a moment ago");
            }
            throw e;
        }
    }
}
