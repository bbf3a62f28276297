package org.partneracademy.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Person;

/** One row of {@code session_instructor}: a person teaching the session and their role in it. */
@Embeddable
public class SessionInstructor {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false)
    private InstructorRole role;

    protected SessionInstructor() {
    }

    public SessionInstructor(Person person, InstructorRole role) {
        this.person = Objects.requireNonNull(person);
        this.role = Objects.requireNonNull(role);
    }

    public Person getPerson() {
        return person;
    }

    public InstructorRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionInstructor that && Objects.equals(person.getId(), that.person.getId())
                && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(person.getId(), role);
    }
}
