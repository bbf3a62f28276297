package org.partneracademy.web.assessment;

import java.io.Serializable;
import org.partneracademy.assessment.ExamInput;
import org.partneracademy.assessment.ExamKind;
import org.partneracademy.assessment.ExamSelection;
import org.partneracademy.assessment.ExamView;

/** The settings form of an exam, shared by the list page (new exam) and the exam page (change a draft). */
public class ExamForm implements Serializable {

    private String code;
    private String title;
    private ExamKind kind = ExamKind.EXAM;
    private Long courseId;
    private Long pathId;
    private ExamSelection selection = ExamSelection.FIXED;
    private Integer timeLimitMinutes;
    private int passMarkPercent = 70;
    private Integer masteryPercent;
    private Integer maxAttempts;
    private int retakeCooldownHours;
    private boolean shuffleOptions = true;
    private String proctoringNote;

    public static ExamForm of(ExamView exam) {
        var form = new ExamForm();
        form.code = exam.code();
        form.title = exam.title();
        form.kind = ExamKind.valueOf(exam.kind());
        form.courseId = exam.courseId();
        form.pathId = exam.pathId();
        form.masteryPercent = exam.masteryPercent();
        form.selection = ExamSelection.valueOf(exam.selection());
        form.timeLimitMinutes = exam.timeLimitMinutes();
        form.passMarkPercent = exam.passMarkPercent();
        form.maxAttempts = exam.maxAttempts();
        form.retakeCooldownHours = exam.retakeCooldownHours();
        form.shuffleOptions = exam.shuffleOptions();
        form.proctoringNote = exam.proctoringNote();
        return form;
    }

    public ExamInput input() {
        return new ExamInput(code, title, kind, courseId, pathId, selection, timeLimitMinutes, passMarkPercent,
                masteryPercent, maxAttempts, retakeCooldownHours, shuffleOptions, proctoringNote);
    }

    public ExamKind[] getKinds() {
        return new ExamKind[] {ExamKind.EXAM, ExamKind.PRE_ASSESSMENT, ExamKind.TRAINER_EXAM};
    }

    public ExamSelection[] getSelections() {
        return ExamSelection.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ExamKind getKind() {
        return kind;
    }

    public void setKind(ExamKind kind) {
        this.kind = kind;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getPathId() {
        return pathId;
    }

    public void setPathId(Long pathId) {
        this.pathId = pathId;
    }

    public Integer getMasteryPercent() {
        return masteryPercent;
    }

    public void setMasteryPercent(Integer masteryPercent) {
        this.masteryPercent = masteryPercent;
    }

    public ExamSelection getSelection() {
        return selection;
    }

    public void setSelection(ExamSelection selection) {
        this.selection = selection;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public int getPassMarkPercent() {
        return passMarkPercent;
    }

    public void setPassMarkPercent(int passMarkPercent) {
        this.passMarkPercent = passMarkPercent;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getRetakeCooldownHours() {
        return retakeCooldownHours;
    }

    public void setRetakeCooldownHours(int retakeCooldownHours) {
        this.retakeCooldownHours = retakeCooldownHours;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public void setShuffleOptions(boolean shuffleOptions) {
        this.shuffleOptions = shuffleOptions;
    }

    public String getProctoringNote() {
        return proctoringNote;
    }

    public void setProctoringNote(String proctoringNote) {
        this.proctoringNote = proctoringNote;
    }
}
