package org.partneracademy.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A brand or product line of the vendor. Partner locations sell or service brands; courses and
 * assignment rules target them. The code is the stable reference used in imports and rules.
 */
@Entity
public class Brand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    @Version
    private long version;

    protected Brand() {
    }

    public Brand(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** A new label; the code, which imports and rules refer to, stays. */
    public void rename(String newName) {
        name = newName;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
