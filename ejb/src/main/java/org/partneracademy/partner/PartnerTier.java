package org.partneracademy.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A configurable partner level (Registered, Silver, Gold, Platinum ...). The code is what partners and
 * rules refer to and never changes; the name is the label people see; level orders tiers from the
 * entry level (1) upwards, so "Gold or above" has a meaning.
 */
@Entity
@Table(name = "partner_tier")
public class PartnerTier {

    @Id
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false, unique = true)
    private int level;

    @Version
    private long version;

    protected PartnerTier() {
    }

    public PartnerTier(String code, String name, int level) {
        this.code = code;
        this.name = name;
        this.level = level;
    }

    /** A new label and place in the order; the code, which partners and rules refer to, stays. */
    public void change(String newName, int newLevel) {
        name = newName;
        level = newLevel;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getLevel() {
        return level;
    }
}
