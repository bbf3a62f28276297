package org.partneracademy.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.Role;

/**
 * The vendor's brands / product lines: the vendor admin adds and renames them; everyone signed in may
 * read them (partner admins choose the brands their locations carry, learners will filter by them).
 */
@Stateless
public class BrandService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @PermitAll
    public List<BrandView> brands() {
        return em.createQuery("select b from Brand b order by b.name", Brand.class)
                .getResultList().stream().map(BrandView::of).toList();
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public BrandView create(@NotNull @Valid NewBrand brand) {
        refuseDuplicates(null, brand.code(), brand.name());
        var created = new Brand(brand.code(), brand.name());
        save(() -> em.persist(created));
        return BrandView.of(created);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public BrandView rename(long brandId, @NotNull @Valid BrandChange change) {
        var brand = em.find(Brand.class, brandId);
        if (brand == null) {
            throw new NotFoundException("Brand", brandId);
        }
        refuseDuplicates(brandId, brand.getCode(), change.name());
        brand.rename(change.name());
        save(() -> { });
        return BrandView.of(brand);
    }

    private void refuseDuplicates(Long brandId, String code, String name) {
        em.createQuery("select b from Brand b where (:id is null or b.id <> :id) and (b.code = :code or b.name = :name)",
                        Brand.class)
                .setParameter("id", brandId).setParameter("code", code).setParameter("name", name)
                .getResultStream().findFirst().ifPresent(other -> {
                    throw new ConflictException(other.getCode().equalsIgnoreCase(code)
                            ? "A brand with code " + code + " already exists"
                            : "The name " + name + " is already taken by brand " + other.getCode());
                });
    }

    private void save(Runnable change) {
        try {
            change.run();
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw new ConflictException("Another brand took this code or name a moment ago");
            }
            throw e;
        }
    }
}
