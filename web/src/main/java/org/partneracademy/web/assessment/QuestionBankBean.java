package org.partneracademy.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.assessment.BankDetails;
import org.partneracademy.assessment.Difficulty;
import org.partneracademy.assessment.QuestionBankService;
import org.partneracademy.assessment.QuestionInput;
import org.partneracademy.assessment.QuestionKind;
import org.partneracademy.assessment.QuestionView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.web.shell.Messages;

/**
 * One bank: its questions, and one form that adds a question or edits one (an edit of a question an
 * attempt used saves a copy). Options are written one per line: "* " before a correct choice,
 * "left = right" for matching pairs, ordering items in the right order.
 */
@Named
@ViewScoped
public class QuestionBankBean implements Serializable {

    @Inject
    QuestionBankService bankService;

    private Long id;
    private BankDetails bank;
    private Long editing;
    private QuestionKind kind = QuestionKind.SINGLE_CHOICE;
    private String prompt;
    private String topic;
    private Difficulty difficulty = Difficulty.MEDIUM;
    private int points = 1;
    private String answerPattern;
    private boolean answerIsRegex;
    private boolean caseSensitive;
    private String options;

    public void load() {
        try {
            bank = id == null ? null : bankService.bank(id);
        } catch (NotFoundException e) {
            bank = null;
        }
        if (bank == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void edit(QuestionView question) {
        editing = question.id();
        kind = QuestionKind.valueOf(question.kind());
        prompt = question.prompt();
        topic = question.topic();
        difficulty = Difficulty.valueOf(question.difficulty());
        points = question.points();
        answerPattern = question.answerPattern();
        answerIsRegex = question.answerIsRegex();
        caseSensitive = question.caseSensitive();
        var lines = new StringBuilder();
        for (var option : question.options()) {
            if (kind == QuestionKind.MATCHING) {
                lines.append(option.text()).append(" = ").append(option.matchText());
            } else {
                lines.append(option.correct() ? "* " : "").append(option.text());
            }
            lines.append('\n');
        }
        options = lines.toString();
    }

    public void cancel() {
        editing = null;
        prompt = null;
        topic = null;
        points = 1;
        answerPattern = null;
        answerIsRegex = false;
        caseSensitive = false;
        options = null;
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        var input = new QuestionInput(kind, prompt, topic, difficulty, points, answerPattern, answerIsRegex, caseSensitive,
                parseOptions());
        try {
            var saved = editing == null ? bankService.addQuestion(id, input) : bankService.editQuestion(id, editing, input);
            Messages.info(facesContext, Messages.format(facesContext, editing != null && saved.id() != editing
                    ? "questions.savedAsCopy" : "questions.saved", saved.id()));
            cancel();
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void retire(QuestionView question) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            bankService.retireQuestion(id, question.id());
            Messages.info(facesContext, Messages.format(facesContext, "questions.retired", question.id()));
            load();
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    private List<QuestionInput.OptionInput> parseOptions() {
        List<QuestionInput.OptionInput> parsed = new ArrayList<>();
        if (options == null) {
            return parsed;
        }
        for (String line : options.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.strip();
            if (kind == QuestionKind.MATCHING) {
                int equals = text.indexOf('=');
                parsed.add(new QuestionInput.OptionInput(equals < 0 ? text : text.substring(0, equals).strip(), false,
                        equals < 0 ? null : text.substring(equals + 1).strip()));
            } else {
                boolean correct = text.startsWith("*");
                parsed.add(new QuestionInput.OptionInput(correct ? text.substring(1).strip() : text, correct, null));
            }
        }
        return parsed;
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
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

    public BankDetails getBank() {
        return bank;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }

    public String getAnswerPattern() {
        return answerPattern;
    }

    public void setAnswerPattern(String answerPattern) {
        this.answerPattern = answerPattern;
    }

    public boolean isAnswerIsRegex() {
        return answerIsRegex;
    }

    public void setAnswerIsRegex(boolean answerIsRegex) {
        this.answerIsRegex = answerIsRegex;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    public void setCaseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
