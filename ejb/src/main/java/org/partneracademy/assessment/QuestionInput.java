package org.partneracademy.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A question as its author writes it. Rules beyond the field checks (see {@link Question#check}): single
 * choice and true/false have exactly one correct option (true/false exactly two options), multiple
 * choice at least one; matching options all have a match text; ordering options are listed in the
 * correct order; a short answer has an answer pattern, and a regex pattern must compile.
 */
public record QuestionInput(
        @NotNull QuestionKind kind,
        @NotBlank @Size(max = 4000) String prompt,
        @NotBlank @Size(max = 100) String topic,
        @NotNull Difficulty difficulty,
        @Min(1) @Max(100) int points,
        @Size(max = 500) String answerPattern,
        boolean answerIsRegex,
        boolean caseSensitive,
        @Valid @Size(max = 20) List<OptionInput> options) {

    /** One option; {@code matchText} only for matching questions. */
    public record OptionInput(@NotBlank @Size(max = 1000) String text, boolean correct,
            @Size(max = 1000) String matchText) {
    }

    public List<OptionInput> optionList() {
        return options == null ? List.of() : options;
    }
}
