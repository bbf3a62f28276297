package org.partneracademy.objective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.partner.PartnerDetails;
import org.partneracademy.partner.PartnerService;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The vendor admin decides tier proposals. Accepting one changes the partner's tier through the
 * partner service (so assignment rules see the change); declining leaves the tier as it is. A proposal
 * is decided once: a second decision, or one on a withdrawn proposal, is a conflict (409) and changes
 * nothing; so is accepting a proposal whose partner's tier was changed by hand since. The row is locked while deciding, so two admins deciding at once cannot both succeed.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class TierProposals {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PartnerService partners;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    /** Proposals, newest first; only those of one status when given. */
    public List<TierProposalView> proposals(TierProposalStatus status) {
        var query = em.createQuery("select t from TierProposal t join fetch t.partner left join fetch t.decidedBy"
                + (status == null ? "" : " where t.status = :status") + " order by t.proposedAt desc, t.id desc", TierProposal.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(500)
                .getResultList().stream().map(TierProposalView::of).toList();
    }

    public TierProposalView accept(long proposalId) {
        var proposal = locked(proposalId);
        var partner = proposal.getPartner();
        if (proposal.isOpen() && !partner.getTier().getCode().equals(proposal.getCurrentTier())) {
            throw new ConflictException("The tier of " + partner.getName() + " changed to " + partner.getTier().getCode()
                    + " since this proposal; decline it and let the next evaluation propose again");
        }
        proposal.accept(me(), clock.instant());
        partners.update(partner.getId(), new PartnerDetails(partner.getName(), partner.getType(), proposal.getProposedTier()));
        return TierProposalView.of(proposal);
    }

    public TierProposalView decline(long proposalId) {
        var proposal = locked(proposalId);
        proposal.decline(me(), clock.instant());
        return TierProposalView.of(proposal);
    }

    private TierProposal locked(long proposalId) {
        var proposal = em.find(TierProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("Tier proposal", proposalId);
        }
        return proposal;
    }

    private Person me() {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", currentUser.username()).getSingleResult();
    }
}
