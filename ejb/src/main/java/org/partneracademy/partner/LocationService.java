package org.partneracademy.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.Set;
import org.partneracademy.catalog.Brand;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.Role;

/**
 * Partners' locations and the brands each carries. The vendor admin adds and changes any partner's; a
 * partner admin their own partner's; a location admin changes the locations they administer but adds
 * none ({@link PartnerScope}). Location names are unique within a partner.
 */
@Stateless
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
public class LocationService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PartnerScope scope;

    public LocationView create(@NotNull @Valid LocationDetails details) {
        scope.requireWholePartner("add locations");
        var partner = scope.administeredPartner(details.partnerId());
        refuseDuplicateName(partner, details.name(), null);
        var location = new PartnerLocation(partner, details.name(), details.city(), details.country(), brands(details.brandIds()));
        save(() -> em.persist(location), details.name());
        return LocationView.of(location);
    }

    public LocationView update(long locationId, @NotNull @Valid LocationDetails details) {
        var location = scope.administeredLocation(locationId);
        refuseDuplicateName(location.getPartner(), details.name(), location.getId());
        location.change(details.name(), details.city(), details.country(), brands(details.brandIds()));
        save(() -> { }, details.name());
        return LocationView.of(location);
    }

    private Set<Brand> brands(Set<Long> brandIds) {
        var brands = new HashSet<Brand>();
        for (Long id : brandIds) {
            var brand = em.find(Brand.class, id);
            if (brand == null) {
                throw new NotFoundException("Brand", id);
            }
            brands.add(brand);
        }
        return brands;
    }

    private void refuseDuplicateName(Partner partner, String name, Long locationId) {
        boolean taken = !em.createQuery("""
                        select l.id from PartnerLocation l
                        where l.partner = :partner and l.name = :name and (:id is null or l.id <> :id)""", Long.class)
                .setParameter("partner", partner).setParameter("name", name).setParameter("id", locationId)
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw nameTaken(partner.getName(), name);
        }
    }

    private void save(Runnable change, String name) {
        try {
            change.run();
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw new ConflictException("A location named " + name + " was added a moment ago");
            }
            throw e;
        }
    }

    private static ConflictException nameTaken(String partner, String name) {
        return new ConflictException(partner + " already has a location named " + name);
    }
}
