package org.partneracademy.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A grader's points for the essays and practicals of one attempt, all of them at once. */
public record GradeInput(@NotEmpty List<@NotNull @Valid QuestionGrade> grades) {

    /** Points (0 to the question's points, two decimals at most) and an optional comment for one position. */
    public record QuestionGrade(@Min(1) int position, @NotNull @DecimalMin("0") BigDecimal points,
            @Size(max = 2000) String comment) {
    }
}
