package org.partneracademy.benchmark;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.devstack.DevDatabase;

/**
 * How many statements the database server answered per operation, by kind, from its global status
 * counters read before and after a row. With the CPU column it says whether an operation is
 * expensive because it asks much of the database or because each statement is dear. Counts the whole
 * server, so it assumes nothing else works on it meanwhile (the application's idle job executor asks a
 * few statements a second).
 */
final class StatementCounts {

    private static final List<String> KINDS = List.of("Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_xa_start");
    private static final String TOTAL = "Questions";

    private final DevDatabase.Coordinates admin;

    StatementCounts(DevDatabase.Coordinates admin) {
        this.admin = admin;
    }

    /** The counters now; the reading's own statement counts too, but once in thousands. */
    Map<String, Long> snapshot() {
        var counters = new HashMap<String, Long>();
        try (var connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + TOTAL + "', '"
                     + String.join("', '", KINDS) + "')")) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database server's status counters", e);
        }
        return counters;
    }

    /** E.g. "24.1 (sel 12.0 ins 6.0 upd 2.0 del 0.0 XA tx 1.0)" statements per operation. */
    static String perOperation(Map<String, Long> before, Map<String, Long> after, long operations) {
        if (operations == 0) {
            return "";
        }
        var text = new StringBuilder(String.format("%.1f (", per(TOTAL, before, after, operations)));
        for (String kind : KINDS) {
            text.append(kind.equals("Com_xa_start") ? "XA tx" : kind.substring(4, 7))
                    .append(String.format(" %.1f", per(kind, before, after, operations)))
                    .append(kind.equals(KINDS.get(KINDS.size() - 1)) ? ")" : " ");
        }
        return text.toString();
    }

    private static double per(String counter, Map<String, Long> before, Map<String, Long> after, long operations) {
        return (after.getOrDefault(counter, 0L) - before.getOrDefault(counter, 0L)) / (double) operations;
    }
}
