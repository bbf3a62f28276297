package org.partneracademy.reporting.export;

/**
 * Keeps spreadsheet programs from running what a user typed: a text cell starting with {@code = + - @},
 * a tab or a carriage return is read by Excel and LibreOffice as a formula (CSV injection, OWASP). Such a
 * cell gets a leading apostrophe, which the programs show as text and which a reader can still see.
 * Numbers the report computes itself are written as numbers and never pass through here, so a negative
 * amount stays a number.
 */
public final class FormulaNeutraliser {

    private FormulaNeutraliser() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsLikeFormula(text.charAt(0)) ? "'" + text : text;
    }

    static boolean startsLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
