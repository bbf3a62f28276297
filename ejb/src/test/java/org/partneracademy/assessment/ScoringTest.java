package org.partneracademy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partneracademy.assessment.QuestionInput.OptionInput;
import org.partneracademy.platform.error.InvalidFieldsException;

/** The scoring rules of {@link Scoring} and the question rules of {@link Question#check}, without a container. */
class ScoringTest {

    @Test
    void singleChoiceIsRightOnlyWithTheRightOption() {
        var q = question(QuestionKind.SINGLE_CHOICE, 2, opt("a", true), opt("b", false));
        assertThat(Scoring.score(q, choose(1L))).isEqualByComparingTo("2");
        assertThat(Scoring.score(q, choose(2L))).isEqualByComparingTo("0");
        assertThat(Scoring.score(q, null)).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceIsAllOrNothing() {
        var q = question(QuestionKind.MULTIPLE_CHOICE, 3, opt("a", true), opt("b", true), opt("c", false));
        assertThat(Scoring.score(q, choose(1L, 2L))).isEqualByComparingTo("3");
        assertThat(Scoring.score(q, choose(1L))).isEqualByComparingTo("0");
        assertThat(Scoring.score(q, choose(1L, 2L, 3L))).isEqualByComparingTo("0");
    }

    @Test
    void matchingGivesPartialCredit() {
        var q = question(QuestionKind.MATCHING, 2, match("L1", "R1"), match("L2", "R2"), match("L3", "R3"));
        assertThat(Scoring.score(q, new Answer(null, Map.of("1", "R1", "2", "R2", "3", "R3"), null, null)))
                .isEqualByComparingTo("2");
        assertThat(Scoring.score(q, new Answer(null, Map.of("1", "R1", "2", "R2", "3", "R1"), null, null)))
                .isEqualByComparingTo(new BigDecimal("1.33"));
    }

    @Test
    void orderingIsAllOrNothing() {
        var q = question(QuestionKind.ORDERING, 1, opt("first", false), opt("second", false), opt("third", false));
        assertThat(Scoring.score(q, new Answer(null, null, List.of(1L, 2L, 3L), null))).isEqualByComparingTo("1");
        assertThat(Scoring.score(q, new Answer(null, null, List.of(2L, 1L, 3L), null))).isEqualByComparingTo("0");
    }

    @Test
    void shortAnswersAreTrimmedAndCaseInsensitiveUnlessTheQuestionSaysOtherwise() {
        var exact = shortAnswer("Connector", false, false);
        assertThat(Scoring.score(exact, text("  connector "))).isEqualByComparingTo("1");
        var caseSensitive = shortAnswer("Connector", false, true);
        assertThat(Scoring.score(caseSensitive, text("connector"))).isEqualByComparingTo("0");
        var regex = shortAnswer("colou?r", true, false);
        assertThat(Scoring.score(regex, text("Color"))).isEqualByComparingTo("1");
        assertThat(Scoring.score(regex, text("colors"))).isEqualByComparingTo("0");
    }

    @Test
    void essaysAreLeftToAPerson() {
        assertThat(Scoring.score(question(QuestionKind.ESSAY, 4), text("my essay"))).isNull();
    }

    @Test
    void answersThatDoNotFitTheQuestionAreRefused() {
        var single = question(QuestionKind.SINGLE_CHOICE, 1, opt("a", true), opt("b", false));
        assertThatThrownBy(() -> Scoring.checkShape(single, choose(99L))).isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> Scoring.checkShape(single, choose(1L, 2L))).isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> Scoring.checkShape(single, text("a"))).isInstanceOf(InvalidFieldsException.class);
        var ordering = question(QuestionKind.ORDERING, 1, opt("x", false), opt("y", false));
        assertThatThrownBy(() -> Scoring.checkShape(ordering, new Answer(null, null, List.of(1L, 1L), null)))
                .isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void questionRulesNameTheField() {
        assertThatThrownBy(() -> Question.check(input(QuestionKind.SINGLE_CHOICE, 1, List.of(opt("a", true), opt("b", true)))))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).extracting(InvalidFieldsException.FieldProblem::field).contains("options"));
        assertThatThrownBy(() -> Question.check(input(QuestionKind.MATCHING, 1, List.of(opt("a", false), opt("b", false)))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .extracting(InvalidFieldsException.FieldProblem::field).contains("options[0].matchText"));
        assertThatThrownBy(() -> Question.check(new QuestionInput(QuestionKind.SHORT_ANSWER, "p", "t", Difficulty.EASY, 1,
                "colo(r", true, false, List.of()))).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).extracting(InvalidFieldsException.FieldProblem::field).contains("answerPattern"));
        assertThatThrownBy(() -> Question.check(input(QuestionKind.TRUE_FALSE, 0, List.of(opt("t", true), opt("f", false)))))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).extracting(InvalidFieldsException.FieldProblem::field).contains("points"));
    }

    private static Question question(QuestionKind kind, int points, OptionInput... options) {
        var q = new Question(null, input(kind, points, List.of(options)), Instant.EPOCH);
        long id = 1;
        for (var option : q.getOptions()) {
            setId(option, id++);
        }
        return q;
    }

    private static Question shortAnswer(String pattern, boolean regex, boolean caseSensitive) {
        return new Question(null, new QuestionInput(QuestionKind.SHORT_ANSWER, "p", "t", Difficulty.EASY, 1, pattern, regex,
                caseSensitive, List.of()), Instant.EPOCH);
    }

    private static QuestionInput input(QuestionKind kind, int points, List<OptionInput> options) {
        return new QuestionInput(kind, "prompt", "topic", Difficulty.EASY, points, null, false, false, options);
    }

    private static OptionInput opt(String text, boolean correct) {
        return new OptionInput(text, correct, null);
    }

    private static OptionInput match(String text, String matchText) {
        return new OptionInput(text, false, matchText);
    }

    private static Answer choose(Long... ids) {
        return new Answer(List.of(ids), null, null, null);
    }

    private static Answer text(String text) {
        return new Answer(null, null, null, text);
    }

    private static void setId(QuestionOption option, long id) {
        try {
            Field field = QuestionOption.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(option, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
