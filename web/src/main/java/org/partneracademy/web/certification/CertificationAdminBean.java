package org.partneracademy.web.certification;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.partneracademy.certification.CertificationDefinitions;
import org.partneracademy.certification.CertificationStatus;
import org.partneracademy.certification.CertificationView;
import org.partneracademy.certification.Certifications;
import org.partneracademy.certification.DefinitionView;
import org.partneracademy.certification.RevocationRequest;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's certifications page: the definitions, the certifications (filter, assign, revoke). */
@Named
@ViewScoped
public class CertificationAdminBean implements Serializable {

    @Inject
    CertificationDefinitions definitions;

    @Inject
    Certifications certifications;

    private List<DefinitionView> definitionList;
    private List<CertificationView> certificationList;
    private CertificationStatus status;
    private Long assignDefinitionId;
    private String usernames;
    private Long revokeId;
    private String reason;

    public List<DefinitionView> getDefinitions() {
        if (definitionList == null) {
            definitionList = definitions.definitions();
        }
        return definitionList;
    }

    public List<CertificationView> getCertifications() {
        if (certificationList == null) {
            certificationList = certifications.list(status, null, null);
        }
        return certificationList;
    }

    public List<CertificationStatus> getStatuses() {
        return Arrays.asList(CertificationStatus.values());
    }

    public void filter() {
        certificationList = null;
    }

    public void assign() {
        var context = FacesContext.getCurrentInstance();
        if (assignDefinitionId == null || usernames == null || usernames.isBlank()) {
            Messages.info(context, Messages.text(context, "certifications.assignWhat"));
            return;
        }
        try {
            var names = Arrays.stream(usernames.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            var assigned = certifications.assignByUsername(assignDefinitionId, names);
            Messages.info(context, Messages.format(context, "certifications.assigned", assigned.size()));
            certificationList = null;
            usernames = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public void prepareRevoke(long id) {
        revokeId = id;
        reason = null;
    }

    public void revoke() {
        var context = FacesContext.getCurrentInstance();
        try {
            var revoked = certifications.revoke(revokeId, new RevocationRequest(reason));
            Messages.info(context, Messages.format(context, "certifications.revoked", revoked.learnerName(), revoked.definitionName()));
            certificationList = null;
            revokeId = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public void setStatus(CertificationStatus status) {
        this.status = status;
    }

    public Long getAssignDefinitionId() {
        return assignDefinitionId;
    }

    public void setAssignDefinitionId(Long assignDefinitionId) {
        this.assignDefinitionId = assignDefinitionId;
    }

    public String getUsernames() {
        return usernames;
    }

    public void setUsernames(String usernames) {
        this.usernames = usernames;
    }

    public Long getRevokeId() {
        return revokeId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
