package org.partneracademy.platform.workflow.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Reads active people and their roles with plain SQL: the engine calls this outside JPA. */
class PersonDirectory {

    record Member(String username, String displayName, String email, TreeSet<String> roles) {

        String firstName() {
            int space = displayName.lastIndexOf(' ');
            return space < 0 ? displayName : displayName.substring(0, space);
        }

        String lastName() {
            int space = displayName.lastIndexOf(' ');
            return space < 0 ? "" : displayName.substring(space + 1);
        }
    }

    private final DataSource dataSource;

    PersonDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Member> activeMembers() {
        var members = new LinkedHashMap<String, Member>();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("""
                     select p.username, p.display_name, p.email, r.role from person p
                     left join person_role r on r.person_id = p.id
                     where p.active = 1 order by p.username""");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                var member = members.computeIfAbsent(rows.getString(1),
                        username -> memberOf(username, rows));
                String role = rows.getString(4);
                if (role != null) {
                    member.roles().add(role);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read people for the workflow engine", e);
        }
        return new ArrayList<>(members.values());
    }

    /** The password hash of an active vendor admin, the only people allowed into Cockpit. */
    Optional<String> vendorAdminPasswordHash(String username) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("""
                     select p.password_hash from person p join person_role r on r.person_id = p.id
                     where p.username = ? and p.active = 1 and r.role = 'VENDOR_ADMIN'""")) {
            statement.setString(1, username);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read credentials for the workflow engine", e);
        }
    }

    private static Member memberOf(String username, java.sql.ResultSet rows) {
        try {
            return new Member(username, rows.getString(2), rows.getString(3), new TreeSet<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> roleNames() {
        var names = new LinkedHashMap<String, String>();
        for (var role : org.partneracademy.platform.security.Role.values()) {
            names.put(role.name(), role.name().charAt(0) + role.name().substring(1).toLowerCase().replace('_', ' '));
        }
        return names;
    }
}
