package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as the learner sees it: the questions with the options in the order shown and the
 * learner's answers, never which answers are right. The score appears once the attempt is graded; the
 * points per question too. {@code secondsLeft} is null without a time limit, 0 once the deadline passed.
 */
public record AttemptView(long id, long examId, String examCode, String examTitle, int attemptNo, String status,
        Instant startedAt, Instant deadlineAt, Long secondsLeft, Instant submittedAt, boolean autoSubmitted,
        Instant gradedAt, BigDecimal scorePoints, BigDecimal maxPoints, BigDecimal scorePercent, Boolean passed,
        int passMarkPercent, Instant retakeAfter, String proctoringNote, List<QuestionShown> questions) {

    /** One question as shown: its options (id and text) and for matching the texts to match, sorted. */
    public record QuestionShown(int position, String kind, String prompt, int points, List<OptionShown> options,
            List<String> matchChoices, Answer answer, BigDecimal pointsAwarded, String graderComment) {
    }

    /** An option without its correctness. */
    public record OptionShown(long id, String text) {
    }

    static AttemptView of(ExamAttempt attempt, Instant now) {
        var exam = attempt.getExam();
        boolean graded = attempt.getStatus() == AttemptStatus.GRADED;
        Long left = attempt.getDeadlineAt() == null || attempt.getStatus() != AttemptStatus.IN_PROGRESS ? null
                : Math.max(0, Duration.between(now, attempt.getDeadlineAt()).toSeconds());
        var questions = attempt.getQuestions().stream().map(q -> shown(q, graded)).toList();
        return new AttemptView(attempt.getId(), exam.getId(), exam.getCode(), exam.getTitle(), attempt.getAttemptNo(),
                attempt.getStatus().name(), attempt.getStartedAt(), attempt.getDeadlineAt(), left,
                attempt.getSubmittedAt(), attempt.isAutoSubmitted(), attempt.getGradedAt(), attempt.getScorePoints(),
                attempt.getMaxPoints(), attempt.getScorePercent(), attempt.getPassed(), exam.getPassMarkPercent(),
                attempt.getRetakeAfter(), exam.getProctoringNote(), questions);
    }

    static QuestionShown shown(AttemptQuestion asked, boolean graded) {
        var question = asked.getQuestion();
        var byId = question.getOptions().stream()
                .collect(java.util.stream.Collectors.toMap(QuestionOption::getId, o -> o));
        var options = asked.getOptionOrder().stream().map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(o -> new OptionShown(o.getId(), o.getText())).toList();
        List<String> matchChoices = question.getKind() == QuestionKind.MATCHING
                ? question.getOptions().stream().map(QuestionOption::getMatchText).sorted().toList() : List.of();
        return new QuestionShown(asked.getPosition(), question.getKind().name(), question.getPrompt(),
                question.getPoints(), options, matchChoices, asked.getAnswer(),
                graded ? asked.getPointsAwarded() : null, graded ? asked.getGraderComment() : null);
    }
}
