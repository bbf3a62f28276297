package org.partneracademy.certification;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One way to earn a definition: all of its requirements met within one cycle. */
@Entity
@Table(name = "certification_path")
public class CertificationPath {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "definition_id")
    private CertificationDefinition definition;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private PathKind kind;

    @Column(nullable = false)
    private String name;

    @OneToMany(mappedBy = "path", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CertificationRequirement> requirements = new ArrayList<>();

    protected CertificationPath() {
    }

    CertificationPath(CertificationDefinition definition, PathKind kind, String name) {
        this.definition = definition;
        this.kind = kind;
        this.name = name;
    }

    void rename(PathKind newKind, String newName) {
        kind = newKind;
        name = newName;
    }

    public Long getId() {
        return id;
    }

    public CertificationDefinition getDefinition() {
        return definition;
    }

    public PathKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public List<CertificationRequirement> getRequirements() {
        return requirements;
    }
}
