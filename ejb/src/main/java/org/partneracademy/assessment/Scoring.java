package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.partneracademy.platform.error.InvalidFieldsException;

/**
 * How the server scores an answer. The rules:
 * <ul>
 * <li>single choice and true/false: full points when the one correct option is chosen, else 0;</li>
 * <li>multiple choice: all or nothing: full points when exactly the correct options are chosen;</li>
 * <li>matching: partial credit: points × (pairs matched right ÷ pairs), to two decimals;</li>
 * <li>ordering: all or nothing: full points for the exact correct order;</li>
 * <li>short answer: full points when the trimmed answer equals the pattern (case-insensitive unless the
 * question says otherwise) or, for a regex, when the whole trimmed answer matches it;</li>
 * <li>no answer scores 0; essays and practicals are left to a person (null).</li>
 * </ul>
 */
public final class Scoring {

    private Scoring() {
    }

    /** The points for the answer, or null when a person grades the question. */
    public static BigDecimal score(Question question, Answer answer) {
        if (question.getKind().gradedByPerson()) {
            return null;
        }
        BigDecimal full = BigDecimal.valueOf(question.getPoints()).setScale(2);
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        if (answer == null) {
            return none;
        }
        var options = question.getOptions();
        return switch (question.getKind()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> {
                Set<Long> right = new HashSet<>(options.stream().filter(QuestionOption::isCorrect).map(QuestionOption::getId).toList());
                Set<Long> chosen = answer.optionIds() == null ? Set.of() : new HashSet<>(answer.optionIds());
                yield right.equals(chosen) ? full : none;
            }
            case ORDERING -> {
                List<Long> right = options.stream().map(QuestionOption::getId).toList();
                yield right.equals(answer.order()) ? full : none;
            }
            case MATCHING -> {
                Map<String, String> pairs = answer.pairs() == null ? Map.of() : answer.pairs();
                long matched = options.stream()
                        .filter(o -> o.getMatchText().equals(pairs.get(String.valueOf(o.getId())))).count();
                yield full.multiply(BigDecimal.valueOf(matched)).divide(BigDecimal.valueOf(options.size()), 2,
                        RoundingMode.HALF_UP);
            }
            case SHORT_ANSWER -> shortAnswerRight(question, answer.text()) ? full : none;
            case ESSAY, PRACTICAL -> null;
        };
    }

    private static boolean shortAnswerRight(Question question, String text) {
        if (text == null) {
            return false;
        }
        String given = text.strip();
        if (question.isAnswerIsRegex()) {
            int flags = question.isCaseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return Pattern.compile(question.getAnswerPattern(), flags).matcher(given).matches();
        }
        return question.isCaseSensitive() ? given.equals(question.getAnswerPattern())
                : given.toLowerCase(Locale.ROOT).equals(question.getAnswerPattern().toLowerCase(Locale.ROOT));
    }

    /**
     * Refuses an answer that does not fit the question: option ids of another question, a single choice
     * with several options, an order that is not a permutation, match texts that are not offered, text
     * for a choice question or options for a text question.
     */
    public static void checkShape(Question question, Answer answer) {
        Set<Long> ids = new HashSet<>(question.getOptions().stream().map(QuestionOption::getId).toList());
        switch (question.getKind()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> {
                if (answer.optionIds() == null) {
                    throw InvalidFieldsException.of("optionIds", "a choice question is answered with optionIds");
                }
                if (!ids.containsAll(answer.optionIds())) {
                    throw InvalidFieldsException.of("optionIds", "contains an option that is not one of this question's");
                }
                if (question.getKind() != QuestionKind.MULTIPLE_CHOICE && answer.optionIds().size() > 1) {
                    throw InvalidFieldsException.of("optionIds", "choose at most one option");
                }
            }
            case ORDERING -> {
                if (answer.order() == null || answer.order().size() != ids.size() || !ids.equals(new HashSet<>(answer.order()))) {
                    throw InvalidFieldsException.of("order", "must list every option of this question exactly once");
                }
            }
            case MATCHING -> {
                if (answer.pairs() == null) {
                    throw InvalidFieldsException.of("pairs", "a matching question is answered with pairs");
                }
                Set<String> offered = new HashSet<>(question.getOptions().stream().map(QuestionOption::getMatchText).toList());
                for (var pair : answer.pairs().entrySet()) {
                    if (!ids.contains(parseId(pair.getKey())) || !offered.contains(pair.getValue())) {
                        throw InvalidFieldsException.of("pairs", "pairs an option or a match text this question does not offer");
                    }
                }
            }
            case SHORT_ANSWER, ESSAY, PRACTICAL -> {
                if (answer.text() == null) {
                    throw InvalidFieldsException.of("text", "this question is answered with text");
                }
                if (answer.text().length() > 20_000) {
                    throw InvalidFieldsException.of("text", "is longer than 20000 characters");
                }
            }
        }
    }

    private static Long parseId(String key) {
        try {
            return Long.valueOf(key);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
