package org.partneracademy.reporting.export;

/**
 * One column of an exported table. TEXT cells are neutralised against formula injection; NUMBER and
 * MONEY cells carry values the report computed and are written as numbers (MONEY with two decimals).
 */
public record Column(String title, Kind kind) {

    public enum Kind { TEXT, NUMBER, MONEY }

    public static Column text(String title) {
        return new Column(title, Kind.TEXT);
    }

    public static Column number(String title) {
        return new Column(title, Kind.NUMBER);
    }

    public static Column money(String title) {
        return new Column(title, Kind.MONEY);
    }
}
