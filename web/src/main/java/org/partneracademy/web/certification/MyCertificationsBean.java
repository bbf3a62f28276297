package org.partneracademy.web.certification;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.certification.AssignRequest;
import org.partneracademy.certification.CertificationView;
import org.partneracademy.certification.Certifications;
import org.partneracademy.certification.TargetOption;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The learner's certifications page: status, dates, requirements met and missing, the transcript; self-assignment. */
@Named
@ViewScoped
public class MyCertificationsBean implements Serializable {

    @Inject
    Certifications certifications;

    private List<CertificationView> mine;
    private List<TargetOption> assignable;
    private Long definitionId;

    public List<CertificationView> getCertifications() {
        if (mine == null) {
            mine = certifications.mine();
        }
        return mine;
    }

    public List<TargetOption> getAssignable() {
        if (assignable == null) {
            assignable = certifications.assignableToMe();
        }
        return assignable;
    }

    public void assignMyself() {
        var context = FacesContext.getCurrentInstance();
        if (definitionId == null) {
            return;
        }
        try {
            var assigned = certifications.assign(new AssignRequest(definitionId, null));
            Messages.info(context, Messages.format(context, "myCertifications.assigned", assigned.get(0).definitionName()));
            mine = null;
            assignable = null;
            definitionId = null;
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public Long getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(Long definitionId) {
        this.definitionId = definitionId;
    }
}
