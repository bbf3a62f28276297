package org.partneracademy.web.objective;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partneracademy.objective.ObjectiveService;
import org.partneracademy.objective.PartnerObjectives;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The partner admin's objectives: how their partner stands against each, counted when the page opens. */
@Named
@ViewScoped
public class PartnerObjectivesBean implements Serializable {

    @Inject
    ObjectiveService objectives;

    private PartnerObjectives status;

    @PostConstruct
    void load() {
        try {
            status = objectives.myPartner();
        } catch (DomainException refused) {
            Messages.refused(FacesContext.getCurrentInstance(), refused);
        }
    }

    public PartnerObjectives getStatus() {
        return status;
    }
}
