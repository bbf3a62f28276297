package org.partneracademy.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.assessment.BankView;
import org.partneracademy.assessment.Difficulty;
import org.partneracademy.assessment.DrawInput;
import org.partneracademy.assessment.ExamDetails;
import org.partneracademy.assessment.ExamService;
import org.partneracademy.assessment.QuestionBankService;
import org.partneracademy.assessment.QuestionView;
import org.partneracademy.path.LearningPathService;
import org.partneracademy.path.PathView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.web.shell.Messages;

/**
 * One exam: its settings (a draft's can change), its fixed questions (question ids in order, looked up in a
 * bank shown beside them) or its random
 * draws, publishing and retiring.
 */
@Named
@ViewScoped
public class ExamBean implements Serializable {

    @Inject
    ExamService examService;

    @Inject
    QuestionBankService bankService;

    @Inject
    LearningPathService pathService;

    private Long id;
    private List<PathView> paths;
    private ExamDetails exam;
    private ExamForm form;
    private List<BankView> banks;
    private Long bankId;
    private List<QuestionView> bankQuestions = List.of();
    private String questionIds;
    private Long drawBankId;
    private String drawTopic;
    private Difficulty drawDifficulty;
    private int drawCount = 5;

    public void load() {
        try {
            exam = id == null ? null : examService.exam(id);
        } catch (NotFoundException e) {
            exam = null;
        }
        if (exam == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        form = ExamForm.of(exam.exam());
        banks = bankService.banks();
        questionIds = String.join(", ", exam.questions().stream().map(q -> String.valueOf(q.questionId())).toList());
    }

    public void showBank() {
        bankQuestions = bankId == null ? List.of() : bankService.bank(bankId).questions();
    }

    public void saveSettings() {
        run(() -> examService.update(id, form.input()), "exams.saved");
    }

    public void saveQuestions() {
        List<Long> ids = new ArrayList<>();
        for (String part : (questionIds == null ? "" : questionIds).split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    ids.add(Long.valueOf(part));
                } catch (NumberFormatException e) {
                    Messages.refused(FacesContext.getCurrentInstance(), org.partneracademy.platform.error.InvalidFieldsException
                            .of("questionIds", "'" + part + "' is not a question id"));
                    return;
                }
            }
        }
        run(() -> examService.setQuestions(id, ids), "exams.saved");
    }

    public void addDraw() {
        var draws = new ArrayList<DrawInput>(exam.draws().stream().map(d -> new DrawInput(d.bankId(), d.topic(),
                d.difficulty() == null ? null : Difficulty.valueOf(d.difficulty()), d.questionCount())).toList());
        draws.add(new DrawInput(drawBankId == null ? 0 : drawBankId, drawTopic, drawDifficulty, drawCount));
        run(() -> examService.setDraws(id, draws), "exams.saved");
    }

    public void clearDraws() {
        run(() -> examService.setDraws(id, List.of()), "exams.saved");
    }

    public void publish() {
        run(() -> examService.publish(id), "exams.published");
    }

    public void retire() {
        run(() -> examService.retire(id), "exams.retired");
    }

    private void run(Runnable action, String message) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            action.run();
            Messages.info(facesContext, Messages.text(facesContext, message));
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public boolean isDraft() {
        return exam != null && "DRAFT".equals(exam.exam().status());
    }

    public boolean isFixed() {
        return exam != null && "FIXED".equals(exam.exam().selection());
    }

    public Difficulty[] getDifficulties() {
        return Difficulty.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExamDetails getExam() {
        return exam;
    }

    public ExamForm getForm() {
        return form;
    }

    public List<BankView> getBanks() {
        return banks;
    }

    public Long getBankId() {
        return bankId;
    }

    public void setBankId(Long bankId) {
        this.bankId = bankId;
    }

    public List<QuestionView> getBankQuestions() {
        return bankQuestions;
    }

    public String getQuestionIds() {
        return questionIds;
    }

    public void setQuestionIds(String questionIds) {
        this.questionIds = questionIds;
    }

    public Long getDrawBankId() {
        return drawBankId;
    }

    public void setDrawBankId(Long drawBankId) {
        this.drawBankId = drawBankId;
    }

    public String getDrawTopic() {
        return drawTopic;
    }

    public void setDrawTopic(String drawTopic) {
        this.drawTopic = drawTopic;
    }

    public Difficulty getDrawDifficulty() {
        return drawDifficulty;
    }

    public void setDrawDifficulty(Difficulty drawDifficulty) {
        this.drawDifficulty = drawDifficulty;
    }

    public int getDrawCount() {
        return drawCount;
    }

    public void setDrawCount(int drawCount) {
        this.drawCount = drawCount;
    }

    /** The learning paths a pre-assessment can open. */
    public List<PathView> getPaths() {
        if (paths == null) {
            paths = pathService.paths();
        }
        return paths;
    }
}
