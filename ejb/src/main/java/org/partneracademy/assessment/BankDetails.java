package org.partneracademy.assessment;

import java.util.List;

/** A bank with its active questions (retired ones are kept for old attempts but not listed). */
public record BankDetails(BankView bank, List<QuestionView> questions) {
}
