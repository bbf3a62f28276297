package org.partneracademy.assessment;

import java.util.List;

/** A question with its answers, for its authors only (never sent to learners). */
public record QuestionView(long id, long bankId, String kind, String prompt, String topic, String difficulty,
        int points, String answerPattern, boolean answerIsRegex, boolean caseSensitive, boolean retired,
        List<OptionView> options) {

    /** An option with its correctness / match / position. */
    public record OptionView(long id, int position, String text, boolean correct, String matchText) {
    }

    static QuestionView of(Question q) {
        return new QuestionView(q.getId(), q.getBank().getId(), q.getKind().name(), q.getPrompt(), q.getTopic(),
                q.getDifficulty().name(), q.getPoints(), q.getAnswerPattern(), q.isAnswerIsRegex(), q.isCaseSensitive(),
                q.isRetired(), q.getOptions().stream().map(o -> new OptionView(o.getId() == null ? 0 : o.getId(),
                        o.getPosition(), o.getText(), o.isCorrect(), o.getMatchText())).toList());
    }
}
