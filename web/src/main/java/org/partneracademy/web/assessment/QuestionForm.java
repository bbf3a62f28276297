package org.partneracademy.web.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.assessment.Answer;
import org.partneracademy.assessment.AttemptView;

/**
 * One question of the exam page with the learner's inputs: the chosen option(s), the match per option,
 * the rank per item (ordering), or the text. Turns the inputs into an {@link Answer}, or null if none given.
 */
public class QuestionForm implements Serializable {

    private final AttemptView.QuestionShown question;
    private String single;
    private List<String> multiple = new ArrayList<>();
    private final Map<Long, String> matches = new HashMap<>();
    private final Map<Long, Integer> ranks = new HashMap<>();
    private String text;

    public QuestionForm(AttemptView.QuestionShown question) {
        this.question = question;
        var given = question.answer();
        if (given == null) {
            return;
        }
        if (given.optionIds() != null && !given.optionIds().isEmpty()) {
            single = String.valueOf(given.optionIds().get(0));
            multiple = new ArrayList<>(given.optionIds().stream().map(String::valueOf).toList());
        }
        if (given.pairs() != null) {
            given.pairs().forEach((id, match) -> matches.put(Long.valueOf(id), match));
        }
        if (given.order() != null) {
            for (int i = 0; i < given.order().size(); i++) {
                ranks.put(given.order().get(i), i + 1);
            }
        }
        text = given.text();
    }

    /** The answer the inputs give, or null when the learner left the question blank. */
    public Answer answer() {
        return switch (question.kind()) {
            case "SINGLE_CHOICE", "TRUE_FALSE" -> single == null || single.isBlank() ? null
                    : new Answer(List.of(Long.valueOf(single)), null, null, null);
            case "MULTIPLE_CHOICE" -> multiple.isEmpty() ? null
                    : new Answer(multiple.stream().map(Long::valueOf).toList(), null, null, null);
            case "MATCHING" -> {
                Map<String, String> pairs = new HashMap<>();
                matches.forEach((id, match) -> {
                    if (match != null && !match.isBlank()) {
                        pairs.put(String.valueOf(id), match);
                    }
                });
                yield pairs.isEmpty() ? null : new Answer(null, pairs, null, null);
            }
            case "ORDERING" -> ranks.values().stream().allMatch(java.util.Objects::isNull) ? null
                    : new Answer(null, null, question.options().stream()
                            .sorted(Comparator.comparing(o -> ranks.getOrDefault(o.id(), Integer.MAX_VALUE)))
                            .map(AttemptView.OptionShown::id).toList(), null);
            default -> text == null || text.isBlank() ? null : new Answer(null, null, null, text);
        };
    }

    public List<Integer> getRankChoices() {
        List<Integer> choices = new ArrayList<>();
        for (int i = 1; i <= question.options().size(); i++) {
            choices.add(i);
        }
        return choices;
    }

    public AttemptView.QuestionShown getQuestion() {
        return question;
    }

    public String getSingle() {
        return single;
    }

    public void setSingle(String single) {
        this.single = single;
    }

    public List<String> getMultiple() {
        return multiple;
    }

    public void setMultiple(List<String> multiple) {
        this.multiple = multiple == null ? new ArrayList<>() : multiple;
    }

    public Map<Long, String> getMatches() {
        return matches;
    }

    public Map<Long, Integer> getRanks() {
        return ranks;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
