package org.partneracademy.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;

/**
 * A question in a bank. A question that an attempt has used is never rewritten: editing it retires it
 * and an edited copy takes its place (the service decides which), so every graded attempt can still
 * show what was asked. Retired questions are never drawn or added to exams.
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id")
    private QuestionBank bank;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(nullable = false)
    private String prompt;

    @Column(nullable = false)
    private String topic;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Column(nullable = false)
    private int points;

    @Column(name = "answer_pattern")
    private String answerPattern;

    @Column(name = "answer_is_regex", nullable = false)
    private boolean answerIsRegex;

    @Column(name = "case_sensitive", nullable = false)
    private boolean caseSensitive;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    public Question(QuestionBank bank, QuestionInput input, Instant now) {
        this.bank = bank;
        this.createdAt = now;
        apply(input);
    }

    /**
     * Rewrites the question in place: only for a question no attempt has used. Options are replaced by
     * new rows (the old ones are removed first, so positions never collide).
     */
    public void rewrite(QuestionInput input) {
        check(input);
        apply(input);
    }

    /**
     * Removes the options before a rewrite in place; the caller flushes before {@link #rewrite}, because
     * the database would otherwise see the new options before the old ones are deleted.
     */
    public void dropOptions() {
        options.clear();
    }

    /** Takes the question out of use; an edited copy may replace it. */
    public void retire() {
        retired = true;
    }

    private void apply(QuestionInput input) {
        check(input);
        this.kind = input.kind();
        this.prompt = input.prompt().strip();
        this.topic = input.topic().strip();
        this.difficulty = input.difficulty();
        this.points = input.points();
        boolean shortAnswer = input.kind() == QuestionKind.SHORT_ANSWER;
        this.answerPattern = shortAnswer ? input.answerPattern().strip() : null;
        this.answerIsRegex = shortAnswer && input.answerIsRegex();
        this.caseSensitive = shortAnswer && input.caseSensitive();
        options.clear();
        if (input.kind().hasOptions()) {
            int position = 1;
            for (var option : input.optionList()) {
                options.add(new QuestionOption(this, position++, option.text().strip(), option.correct(),
                        input.kind() == QuestionKind.MATCHING ? option.matchText().strip() : null));
            }
        }
    }

    /** The rules of a question beyond its single fields; every problem is reported with its field. */
    public static void check(QuestionInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        var options = input.optionList();
        long correct = options.stream().filter(QuestionInput.OptionInput::correct).count();
        if (input.points() < 1 || input.points() > 100) {
            problems.add(new FieldProblem("points", "must be from 1 to 100"));
        }
        switch (input.kind()) {
            case SINGLE_CHOICE -> {
                if (options.size() < 2) {
                    problems.add(new FieldProblem("options", "a single-choice question needs at least 2 options"));
                }
                if (correct != 1) {
                    problems.add(new FieldProblem("options", "a single-choice question needs exactly one correct option, not " + correct));
                }
            }
            case TRUE_FALSE -> {
                if (options.size() != 2 || correct != 1) {
                    problems.add(new FieldProblem("options", "a true/false question has exactly 2 options, one of them correct"));
                }
            }
            case MULTIPLE_CHOICE -> {
                if (options.size() < 2) {
                    problems.add(new FieldProblem("options", "a multiple-choice question needs at least 2 options"));
                }
                if (correct < 1) {
                    problems.add(new FieldProblem("options", "a multiple-choice question needs at least one correct option"));
                }
            }
            case MATCHING -> {
                if (options.size() < 2) {
                    problems.add(new FieldProblem("options", "a matching question needs at least 2 pairs"));
                }
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).matchText() == null || options.get(i).matchText().isBlank()) {
                        problems.add(new FieldProblem("options[" + i + "].matchText", "a matching option needs the text it matches"));
                    }
                }
                if (options.stream().map(o -> o.matchText() == null ? "" : o.matchText().strip()).distinct().count() != options.size()) {
                    problems.add(new FieldProblem("options", "the match texts of a matching question must differ"));
                }
            }
            case ORDERING -> {
                if (options.size() < 2) {
                    problems.add(new FieldProblem("options", "an ordering question needs at least 2 items, in the correct order"));
                }
            }
            case SHORT_ANSWER -> {
                if (input.answerPattern() == null || input.answerPattern().isBlank()) {
                    problems.add(new FieldProblem("answerPattern", "a short-answer question needs the right answer or a regex"));
                } else if (input.answerIsRegex()) {
                    try {
                        Pattern.compile(input.answerPattern().strip());
                    } catch (PatternSyntaxException e) {
                        problems.add(new FieldProblem("answerPattern", "is not a valid regular expression: " + e.getDescription()));
                    }
                }
            }
            case ESSAY, PRACTICAL -> {
                if (!options.isEmpty()) {
                    problems.add(new FieldProblem("options", "an essay or practical question has no options"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    public Long getId() {
        return id;
    }

    public QuestionBank getBank() {
        return bank;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getTopic() {
        return topic;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public int getPoints() {
        return points;
    }

    public String getAnswerPattern() {
        return answerPattern;
    }

    public boolean isAnswerIsRegex() {
        return answerIsRegex;
    }

    public boolean isCaseSensitive() {
        return caseSensitive;
    }

    public boolean isRetired() {
        return retired;
    }

    public List<QuestionOption> getOptions() {
        return options;
    }
}
