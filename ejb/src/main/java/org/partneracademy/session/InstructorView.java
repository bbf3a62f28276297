package org.partneracademy.session;

import org.partneracademy.partner.Person;

public record InstructorView(long personId, String username, String displayName) {

    static InstructorView of(Person person) {
        return new InstructorView(person.getId(), person.getUsername(), person.getDisplayName());
    }
}
