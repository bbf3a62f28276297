package org.partneracademy.partner;

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
 * The configurable partner tiers. Code, name and level are each unique: a duplicate is refused as a
 * conflict naming the tier that already has it. Moving two tiers past each other takes a free level
 * in between (levels need not be consecutive).
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class TierService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public List<TierView> tiers() {
        return em.createQuery("""
                select new org.partneracademy.partner.TierView(t.code, t.name, t.level,
                    (select count(p) from Partner p where p.tier = t))
                from PartnerTier t order by t.level""", TierView.class).getResultList();
    }

    public TierView create(@NotNull @Valid NewTier tier) {
        if (em.find(PartnerTier.class, tier.code()) != null) {
            throw new ConflictException("A tier with code " + tier.code() + " already exists");
        }
        refuseDuplicates(tier.code(), tier.name(), tier.level());
        var created = new PartnerTier(tier.code(), tier.name(), tier.level());
        save(() -> em.persist(created));
        return new TierView(created.getCode(), created.getName(), created.getLevel(), 0);
    }

    public TierView update(@NotNull String code, @NotNull @Valid TierChange change) {
        var tier = em.find(PartnerTier.class, code);
        if (tier == null) {
            throw new NotFoundException("Tier", code);
        }
        refuseDuplicates(code, change.name(), change.level());
        tier.change(change.name(), change.level());
        save(() -> { });
        return tiers().stream().filter(view -> view.code().equals(code)).findFirst().orElseThrow();
    }

    /** Names and levels are case-insensitively unique (the column's collation decides, as the database would). */
    private void refuseDuplicates(String code, String name, int level) {
        em.createQuery("select t from PartnerTier t where t.code <> :code and (t.name = :name or t.level = :level)",
                        PartnerTier.class)
                .setParameter("code", code).setParameter("name", name).setParameter("level", level)
                .getResultStream().findFirst().ifPresent(other -> {
                    throw new ConflictException(other.getLevel() == level
                            ? "Level " + level + " is already the level of tier " + other.getCode()
                            : "The name " + name + " is already taken by tier " + other.getCode());
                });
    }

    private void save(Runnable change) {
        try {
            change.run();
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                // Another admin took the code, name or level between the checks above and this write.
                throw new ConflictException("Another tier took this code, name or level a moment ago");
            }
            throw e;
        }
    }
}
