package org.partneracademy.path;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A native SQL statement assembled from parts with JDBC-style "?" placeholders, bound in order. */
final class NativeStatement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    NativeStatement append(String text, Object... values) {
        sql.append(text);
        parameters.addAll(List.of(values));
        return this;
    }

    NativeStatement append(RuleSql rule) {
        sql.append(rule.where());
        parameters.addAll(rule.parameters());
        return this;
    }

    /** "(?, ?, ?)" for the values, which must not be empty. */
    NativeStatement appendIn(Collection<Long> values) {
        sql.append("(").append(String.join(", ", values.stream().map(v -> "?").toList())).append(")");
        parameters.addAll(values);
        return this;
    }

    String sqlText() {
        return sql.toString();
    }

    Object[] parameterValues() {
        return parameters.toArray();
    }

    Query build(EntityManager em) {
        // Numbered placeholders (?1, ?2 ...): the portable form of positional parameters in JPA native queries.
        var numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toString().toCharArray()) {
            if (c == '?') {
                numbered.append('?').append(++n);
            } else {
                numbered.append(c);
            }
        }
        var query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
