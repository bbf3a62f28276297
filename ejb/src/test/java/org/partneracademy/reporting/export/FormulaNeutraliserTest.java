package org.partneracademy.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaNeutraliserTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=", "-"})
    void aCellThatStartsLikeAFormulaBecomesText(String cell) {
        assertThat(FormulaNeutraliser.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "1+1", "a=b", " =1", "'=already", "Zürich", "12.50"})
    void anyOtherCellStaysAsItIs(String cell) {
        assertThat(FormulaNeutraliser.neutralise(cell)).isEqualTo(cell);
    }

    @Test
    void emptyAndMissingCellsStayEmpty() {
        assertThat(FormulaNeutraliser.neutralise("")).isEmpty();
        assertThat(FormulaNeutraliser.neutralise(null)).isNull();
    }
}
