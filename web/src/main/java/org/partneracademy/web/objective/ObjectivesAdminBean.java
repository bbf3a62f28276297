package org.partneracademy.web.objective;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.objective.NewObjective;
import org.partneracademy.objective.ObjectiveService;
import org.partneracademy.objective.ObjectiveTimer;
import org.partneracademy.objective.ObjectiveView;
import org.partneracademy.objective.PartnerObjectives;
import org.partneracademy.objective.TierProposalStatus;
import org.partneracademy.objective.TierProposalView;
import org.partneracademy.objective.TierProposals;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;

/**
 * The vendor admin's objectives page: every partner's status (paged by the database), the objectives
 * with a form to add one, and the tier proposals waiting for a decision.
 */
@Named
@ViewScoped
public class ObjectivesAdminBean implements Serializable {

    @Inject
    ObjectiveService objectives;

    @Inject
    TierProposals proposals;

    @Inject
    ObjectiveTimer timer;

    private final DatabasePagedModel<PartnerObjectives> partners = new DatabasePagedModel<>() {
        @Override
        protected Page<PartnerObjectives> fetch(PageRequest page, String sortField, boolean descending) {
            return objectives.overview(page);
        }

        @Override
        protected String keyOf(PartnerObjectives row) {
            return String.valueOf(row.partnerId());
        }
    };

    private List<ObjectiveView> list;
    private List<TierProposalView> open;
    private ObjectiveService.Choices choices;
    private String scope = "TIER";
    private Long partnerId;
    private String tierCode;
    private Long definitionId;
    private Position position;
    private Integer requiredCount;

    @PostConstruct
    void load() {
        list = objectives.objectives();
        open = proposals.proposals(TierProposalStatus.PROPOSED);
        choices = objectives.choices();
    }

    public void create() {
        var context = FacesContext.getCurrentInstance();
        try {
            var created = objectives.create(new NewObjective("PARTNER".equals(scope) ? partnerId : null,
                    "TIER".equals(scope) ? tierCode : null, definitionId, position, requiredCount));
            Messages.info(context, Messages.format(context, "objectives.created", created.definitionName(), created.position()));
            requiredCount = null;
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    /** Runs the daily evaluation now: new risks told, tier changes proposed. */
    public void evaluate() {
        var context = FacesContext.getCurrentInstance();
        var evaluation = timer.evaluateAll();
        Messages.info(context, Messages.format(context, "objectives.evaluated", evaluation.partners(),
                evaluation.risksNotified(), evaluation.tiersProposed()));
        load();
    }

    public void delete(ObjectiveView objective) {
        var context = FacesContext.getCurrentInstance();
        try {
            objectives.delete(objective.id());
            load();
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public void accept(TierProposalView proposal) {
        decide(proposal, true);
    }

    public void decline(TierProposalView proposal) {
        decide(proposal, false);
    }

    private void decide(TierProposalView proposal, boolean accept) {
        var context = FacesContext.getCurrentInstance();
        try {
            var decided = accept ? proposals.accept(proposal.id()) : proposals.decline(proposal.id());
            Messages.info(context, Messages.format(context, "objectives.proposal." + decided.status(),
                    decided.partnerName(), decided.proposedTier()));
            load();
        } catch (DomainException refused) {
            Messages.refused(context, refused);
            load();
        }
    }

    public List<Position> getPositions() {
        return Position.atPartners();
    }

    public DatabasePagedModel<PartnerObjectives> getPartners() {
        return partners;
    }

    public List<ObjectiveView> getList() {
        return list;
    }

    public List<TierProposalView> getOpen() {
        return open;
    }

    public ObjectiveService.Choices getChoices() {
        return choices;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getTierCode() {
        return tierCode;
    }

    public void setTierCode(String tierCode) {
        this.tierCode = tierCode;
    }

    public Long getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(Long definitionId) {
        this.definitionId = definitionId;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public Integer getRequiredCount() {
        return requiredCount;
    }

    public void setRequiredCount(Integer requiredCount) {
        this.requiredCount = requiredCount;
    }
}
