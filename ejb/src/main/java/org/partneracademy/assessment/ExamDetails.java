package org.partneracademy.assessment;

import java.util.List;

/** An exam with its fixed questions or its random draws, for its authors. */
public record ExamDetails(ExamView exam, List<FixedQuestion> questions, List<DrawView> draws) {

    /** A question of a fixed exam at its position. */
    public record FixedQuestion(int position, long questionId, String kind, String prompt, String topic, int points) {
    }

    /** A random draw: how many questions from which bank, topic and difficulty. */
    public record DrawView(long id, long bankId, String bankName, String topic, String difficulty, int questionCount) {
    }
}
