package org.partneracademy.objective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partneracademy.partner.Partner;
import org.partneracademy.partner.PartnerTier;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Objectives and how partners stand against them. The vendor admin sets objectives and sees every
 * partner; a partner admin sees their own partner's objectives and status, and any other partner does
 * not exist for them (404). Statuses are counted live at the academy's current time.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class ObjectiveService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    ObjectiveCounts counts;

    @Inject
    AcademyClock clock;

    @Inject
    CurrentUser currentUser;

    public ObjectiveView create(@NotNull @Valid NewObjective objective) {
        boolean forPartner = objective.partnerId() != null;
        boolean forTier = objective.tierCode() != null && !objective.tierCode().isBlank();
        if (forPartner == forTier) {
            throw new RuleViolationException("An objective is for one partner (partnerId) or for one tier (tierCode), not both or neither");
        }
        requireDefinition(objective.definitionId());
        var duplicate = em.createQuery("""
                        select count(o) from CertificationObjective o left join o.partner pa left join o.tier t
                        where o.definitionId = :definition and o.position = :position and (pa.id = :partner or t.code = :tier)""", Long.class)
                .setParameter("definition", objective.definitionId())
                .setParameter("position", objective.position())
                .setParameter("partner", forPartner ? objective.partnerId() : -1L)
                .setParameter("tier", forTier ? objective.tierCode() : "")
                .getSingleResult();
        if (duplicate > 0) {
            throw new ConflictException("An objective for this certification and position already exists for this "
                    + (forPartner ? "partner" : "tier") + "; change its required count instead");
        }
        var created = forPartner
                ? CertificationObjective.forPartner(partner(objective.partnerId()), objective.definitionId(),
                        objective.position(), objective.requiredCount(), clock.instant())
                : CertificationObjective.forTier(tier(objective.tierCode()), objective.definitionId(), objective.position(),
                        objective.requiredCount(), clock.instant());
        try {
            em.persist(created);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw new ConflictException("An objective for this certification and position was just created for this "
                        + (forPartner ? "partner" : "tier"));
            }
            throw e;
        }
        return view(created.getId());
    }

    /** Changes how many certified people an objective requires (1 to 10,000). */
    public ObjectiveView changeRequiredCount(long objectiveId,
            @Min(1) @Max(CertificationObjective.MAX_REQUIRED) int requiredCount) {
        find(objectiveId).require(requiredCount);
        return view(objectiveId);
    }

    /** Removes an objective; the risks recorded for it go with it. */
    public void delete(long objectiveId) {
        em.remove(find(objectiveId));
    }

    /** Every objective (vendor admin), or those that apply to the partner admin's own partner. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<ObjectiveView> objectives() {
        var query = "select o.id from CertificationObjective o left join o.partner pa left join o.tier t";
        List<Long> ids;
        if (currentUser.hasRole(Role.VENDOR_ADMIN)) {
            ids = em.createQuery(query + " order by t.level, pa.name, o.id", Long.class).getResultList();
        } else {
            var own = ownPartner();
            ids = em.createQuery(query + " where pa.id = :partner or t.code = (select p.tier.code from Partner p where p.id = :partner)"
                            + " order by t.level, o.id", Long.class)
                    .setParameter("partner", own == null ? -1L : own).getResultList();
        }
        return ids.stream().map(this::view).toList();
    }

    /** One partner's objectives and status: any partner for the vendor admin, only their own for a partner admin. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public PartnerObjectives statusOf(long partnerId) {
        if (!currentUser.hasRole(Role.VENDOR_ADMIN) && !Long.valueOf(partnerId).equals(ownPartner())) {
            throw new NotFoundException("Partner", partnerId);
        }
        var partner = partner(partnerId);
        return counts.evaluate(List.of(new ObjectiveCounts.PartnerRef(partner.getId(), partner.getName(),
                partner.getTier().getCode())), clock.instant()).get(0);
    }

    /** The partner admin's own partner's objectives and status. */
    @RolesAllowed(Role.Names.PARTNER_ADMIN)
    public PartnerObjectives myPartner() {
        var own = ownPartner();
        if (own == null) {
            throw new NotFoundException("Partner", "of " + currentUser.username());
        }
        return statusOf(own);
    }

    /** Every partner with its status, one page at a time by partner name (vendor admin). */
    public Page<PartnerObjectives> overview(@NotNull @Valid PageRequest page) {
        long total = em.createQuery("select count(p) from Partner p", Long.class).getSingleResult();
        var partners = em.createQuery("select p.id, p.name, p.tier.code from Partner p order by p.name, p.id", Object[].class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(row -> new ObjectiveCounts.PartnerRef(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
        return Page.of(counts.evaluate(partners, clock.instant()), total, page);
    }

    /** What an objective can name: active certification definitions, partners and tiers, for the admin's form. */
    public Choices choices() {
        @SuppressWarnings("unchecked")
        List<Object[]> definitions = em.createNativeQuery(
                "select id, name from certification_definition where status <> 'RETIRED' order by name").getResultList();
        return new Choices(
                definitions.stream().map(row -> new Choice(String.valueOf(row[0]), (String) row[1])).toList(),
                em.createQuery("select p.id, p.name from Partner p order by p.name", Object[].class).getResultList().stream()
                        .map(row -> new Choice(String.valueOf(row[0]), (String) row[1])).toList(),
                em.createQuery("select t.code, t.name from PartnerTier t order by t.level", Object[].class).getResultList().stream()
                        .map(row -> new Choice((String) row[0], (String) row[1])).toList());
    }

    /** One option of a choice: its key and what it is called. */
    public record Choice(String key, String label) {
    }

    /** The options of the objective form. */
    public record Choices(List<Choice> definitions, List<Choice> partners, List<Choice> tiers) {
    }

    private Long ownPartner() {
        return em.createQuery("select p.partner.id from Person p where p.username = :username", Long.class)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst().orElse(null);
    }

    private ObjectiveView view(long objectiveId) {
        var o = find(objectiveId);
        var definitionName = (String) em.createNativeQuery("select name from certification_definition where id = ?1")
                .setParameter(1, o.getDefinitionId()).getSingleResult();
        return new ObjectiveView(o.getId(), o.getPartner() == null ? null : o.getPartner().getId(),
                o.getPartner() == null ? null : o.getPartner().getName(), o.getTier() == null ? null : o.getTier().getCode(),
                o.getDefinitionId(), definitionName, o.getPosition(), o.getRequiredCount());
    }

    private CertificationObjective find(long objectiveId) {
        var objective = em.find(CertificationObjective.class, objectiveId);
        if (objective == null) {
            throw new NotFoundException("Objective", objectiveId);
        }
        return objective;
    }

    private void requireDefinition(long definitionId) {
        if (em.createNativeQuery("select id from certification_definition where id = ?1")
                .setParameter(1, definitionId).getResultList().isEmpty()) {
            throw new NotFoundException("Certification definition", definitionId);
        }
    }

    private Partner partner(long partnerId) {
        var partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new NotFoundException("Partner", partnerId);
        }
        return partner;
    }

    private PartnerTier tier(String code) {
        var tier = em.find(PartnerTier.class, code);
        if (tier == null) {
            throw new NotFoundException("Tier", code);
        }
        return tier;
    }
}
