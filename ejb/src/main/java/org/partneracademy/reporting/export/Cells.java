package org.partneracademy.reporting.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How one cell value becomes text in the text formats (CSV, PDF). */
final class Cells {

    private Cells() {
    }

    static String text(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> FormulaNeutraliser.neutralise(value.toString());
            case MONEY -> decimal(value).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            case NUMBER -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        };
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return new BigDecimal(value.toString());
    }
}
