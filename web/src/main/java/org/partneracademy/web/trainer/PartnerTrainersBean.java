package org.partneracademy.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.trainer.CandidacyView;
import org.partneracademy.trainer.DesignatedTrainerCount;
import org.partneracademy.trainer.NominationOption;
import org.partneracademy.trainer.NominationRequest;
import org.partneracademy.trainer.TrainerCandidacies;
import org.partneracademy.trainer.WithdrawalRequest;
import org.partneracademy.web.shell.Messages;

/** The partner admin's trainers page: their pipeline, the nomination form, designated trainer counts. */
@Named
@ViewScoped
public class PartnerTrainersBean implements Serializable {

    @Inject
    TrainerCandidacies candidacies;

    private List<CandidacyView> pipeline;
    private List<DesignatedTrainerCount> counts;
    private List<NominationOption> trainers;
    private List<NominationOption> courses;
    private Long candidateId;
    private Long courseId;
    private String note;
    private String withdrawalReason;

    public List<CandidacyView> getPipeline() {
        if (pipeline == null) {
            pipeline = candidacies.list(null, null, null, false);
        }
        return pipeline;
    }

    public List<DesignatedTrainerCount> getCounts() {
        if (counts == null) {
            counts = candidacies.myPartnersDesignatedTrainerCounts();
        }
        return counts;
    }

    public List<NominationOption> getTrainers() {
        if (trainers == null) {
            trainers = candidacies.nominableTrainers();
        }
        return trainers;
    }

    public List<NominationOption> getCourses() {
        if (courses == null) {
            courses = candidacies.nominableCourses();
        }
        return courses;
    }

    public void nominate() {
        var context = FacesContext.getCurrentInstance();
        try {
            var created = candidacies.nominate(new NominationRequest(candidateId, courseId, note));
            Messages.info(context, Messages.format(context, "candidacy.nominated", created.candidateName(), created.courseCode()));
            candidateId = null;
            courseId = null;
            note = null;
            pipeline = null;
            counts = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public void withdraw(long candidacyId) {
        var context = FacesContext.getCurrentInstance();
        try {
            candidacies.withdraw(candidacyId, new WithdrawalRequest(withdrawalReason));
            Messages.info(context, Messages.text(context, "candidacy.withdrawn"));
            withdrawalReason = null;
            pipeline = null;
            counts = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(Long candidateId) {
        this.candidateId = candidateId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
