package org.partneracademy.certification;

/** Something a requirement can name, for pickers: {@code value} is "course:12", "exam:5" or "path:3". */
public record TargetOption(String value, String label) {
}
