package org.partneracademy.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.partneracademy.catalog.Brand;

/** An office or training affiliation of a partner; people belong to one or more locations. */
@Entity
@Table(name = "partner_location")
public class PartnerLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(nullable = false)
    private String name;

    private String city;

    private String country;

    /** The brands / product lines this location sells or services. */
    @ManyToMany
    @JoinTable(name = "location_brand", joinColumns = @JoinColumn(name = "location_id"),
            inverseJoinColumns = @JoinColumn(name = "brand_id"))
    private Set<Brand> brands = new HashSet<>();

    protected PartnerLocation() {
    }

    public PartnerLocation(Partner partner, String name, String city, String country, Set<Brand> brands) {
        this.partner = partner;
        change(name, city, country, brands);
    }

    /** Renames or moves the location and replaces the brands it carries; the partner stays. */
    public void change(String newName, String newCity, String newCountry, Set<Brand> newBrands) {
        name = newName;
        city = newCity;
        country = newCountry;
        brands = new HashSet<>(newBrands);
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public Set<Brand> getBrands() {
        return Collections.unmodifiableSet(brands);
    }
}
