package org.partneracademy.platform.persistence;

import java.sql.SQLException;

/**
 * Recognises a unique-key violation in a persistence failure, for services that let the database decide
 * a race (two requests creating the same thing at once) and report the loser as a conflict.
 */
public final class UniqueKeyViolation {

    /** MariaDB's ER_DUP_ENTRY; SQLSTATE 23000 alone would also match foreign-key failures. */
    private static final int DUPLICATE_ENTRY = 1062;

    private UniqueKeyViolation() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
