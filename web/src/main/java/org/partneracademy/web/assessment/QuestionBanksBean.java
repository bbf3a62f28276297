package org.partneracademy.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.assessment.BankInput;
import org.partneracademy.assessment.BankView;
import org.partneracademy.assessment.QuestionBankService;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's question banks: the list and a form that adds one. */
@Named
@ViewScoped
public class QuestionBanksBean implements Serializable {

    @Inject
    QuestionBankService bankService;

    private List<BankView> banks;
    private String name;
    private Long courseId;
    private String description;

    @PostConstruct
    void load() {
        banks = bankService.banks();
    }

    public void create() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var created = bankService.create(new BankInput(name, courseId, description));
            Messages.info(facesContext, Messages.text(facesContext, "banks.saved") + " " + created.name());
            name = null;
            courseId = null;
            description = null;
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public List<BankView> getBanks() {
        return banks;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
