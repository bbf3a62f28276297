package org.partneracademy.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures computed by hand. The matrix (1 point per question):
 *
 * <pre>
 *          Q1 Q2 Q3 Q4  total
 *   A1      1  1  1  0    3
 *   A2      1  1  0  0    2
 *   A3      1  0  0  1    2
 *   A4      0  0  0  1    1
 * </pre>
 *
 * Upper and lower groups: round(4 x 0.27) = 1 attempt each; upper A1, lower A4.
 */
class ItemAnalysisTest {

    private static final int[][] MATRIX = {
            {1, 1, 1, 0},
            {1, 1, 0, 0},
            {1, 0, 0, 1},
            {0, 0, 0, 1}};

    private static List<ItemResponse> responses(int[][] matrix) {
        List<ItemResponse> responses = new ArrayList<>();
        for (int a = 0; a < matrix.length; a++) {
            for (int q = 0; q < matrix[a].length; q++) {
                responses.add(new ItemResponse(a + 1, q + 1, BigDecimal.valueOf(matrix[a][q]), BigDecimal.ONE));
            }
        }
        return responses;
    }

    private static ItemStatistic question(List<ItemStatistic> stats, long id) {
        return stats.stream().filter(s -> s.questionId() == id).findFirst().orElseThrow();
    }

    @Test
    void theQuestionStrongCandidatesMissIsFlaggedWithANegativeDiscrimination() {
        var q4 = question(ItemAnalysis.analyse(responses(MATRIX)), 4);
        // item (0,0,1,1), rest (3,2,1,0): dx = (-.5,-.5,.5,.5), dy = (1.5,.5,-.5,-1.5)
        // sum dx*dy = -2, sum dx^2 = 1, sum dy^2 = 5: r = -2 / sqrt(5)
        assertThat(q4.answered()).isEqualTo(4);
        assertThat(q4.facility()).isEqualTo(0.5);
        assertThat(q4.pointBiserial()).isCloseTo(-2 / Math.sqrt(5), within(1e-9));
        assertThat(q4.upperFacility()).isEqualTo(0.0);
        assertThat(q4.lowerFacility()).isEqualTo(1.0);
        assertThat(q4.discriminationIndex()).isEqualTo(-1.0);
        assertThat(q4.flagged()).isTrue();
        assertThat(q4.flagReason()).contains("only 0 % of the strongest").contains("negative discrimination");
    }

    @Test
    void aQuestionTheStrongGetRightIsNotFlagged() {
        var stats = ItemAnalysis.analyse(responses(MATRIX));
        var q1 = question(stats, 1);
        // item (1,1,1,0), rest (2,1,1,1): sum dx*dy = .25, sum dx^2 = .75, sum dy^2 = .75: r = 1/3
        assertThat(q1.facility()).isEqualTo(0.75);
        assertThat(q1.pointBiserial()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(q1.discriminationIndex()).isEqualTo(1.0);
        assertThat(q1.flagged()).isFalse();
        assertThat(q1.flagReason()).isNull();
        // item (1,1,0,0), rest (2,1,2,1): sum dx*dy = 0, so r = 0, which is not negative
        var q2 = question(stats, 2);
        assertThat(q2.pointBiserial()).isCloseTo(0.0, within(1e-9));
        assertThat(q2.flagged()).isFalse();
        // item (1,0,0,0), rest (2,2,2,1): r = .25 / .75
        assertThat(question(stats, 3).pointBiserial()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(question(stats, 3).facility()).isEqualTo(0.25);
    }

    @Test
    void partialCreditCountsAsAShareOfTheQuestionsPoints() {
        var stats = ItemAnalysis.analyse(List.of(
                new ItemResponse(1, 7, new BigDecimal("1.5"), new BigDecimal("2")),
                new ItemResponse(2, 7, BigDecimal.ZERO, new BigDecimal("2"))));
        var q7 = stats.get(0);
        assertThat(q7.facility()).isEqualTo((0.75 + 0) / 2);
        assertThat(q7.answered()).isEqualTo(2);
    }

    @Test
    void tooFewAttemptsLeaveTheDiscriminationOpenAndFlagNothing() {
        var stats = ItemAnalysis.analyse(responses(new int[][] {{1, 0}, {0, 1}}));
        assertThat(stats).allSatisfy(s -> {
            assertThat(s.pointBiserial()).isNull();
            assertThat(s.upperFacility()).isNull();
            assertThat(s.discriminationIndex()).isNull();
            assertThat(s.flagged()).isFalse();
        });
    }

    @Test
    void aQuestionEveryoneGetsRightHasNoCorrelation() {
        var stats = ItemAnalysis.analyse(responses(new int[][] {{1, 1}, {1, 0}, {1, 1}, {1, 0}}));
        var q1 = question(stats, 1);
        assertThat(q1.facility()).isEqualTo(1.0);
        assertThat(q1.pointBiserial()).isNull();
        assertThat(q1.flagged()).isFalse();
    }

    @Test
    void noResponsesNoStatistics() {
        assertThat(ItemAnalysis.analyse(List.of())).isEmpty();
    }
}
