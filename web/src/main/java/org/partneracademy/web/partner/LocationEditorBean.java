package org.partneracademy.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.catalog.BrandService;
import org.partneracademy.catalog.BrandView;
import org.partneracademy.partner.LocationDetails;
import org.partneracademy.partner.LocationService;
import org.partneracademy.partner.LocationView;
import org.partneracademy.partner.PartnerService;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/**
 * Locations and their brands, on the partner admin's Locations page (the locations they administer) and
 * on the vendor's partner page (that partner's, once {@link #forPartner} named it). One form adds a
 * location or changes the one chosen for editing; the service decides who may do which.
 */
@Named
@ViewScoped
public class LocationEditorBean implements Serializable {

    @Inject
    LocationService locationService;

    @Inject
    PeopleService peopleService;

    @Inject
    PartnerService partnerService;

    @Inject
    BrandService brandService;

    /** The partner whose locations the vendor admin edits; null for a partner admin's own. */
    private Long partnerId;
    private List<LocationView> locations;
    private List<BrandView> brands;

    private Long editing;
    private String name;
    private String city;
    private String country;
    // An array, not a list: JSF converts the checked values by the array's element type.
    private Long[] brandIds;

    /** For the vendor admin's partner page: edit this partner's locations. */
    public void forPartner(long partnerId) {
        this.partnerId = partnerId;
        locations = null;
    }

    public void edit(LocationView location) {
        editing = location.id();
        name = location.name();
        city = location.city();
        country = location.country();
        brandIds = location.brandIds().toArray(Long[]::new);
    }

    public void cancel() {
        editing = null;
        name = null;
        city = null;
        country = null;
        brandIds = null;
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var details = new LocationDetails(partnerId, name, city, country,
                    brandIds == null ? Set.of() : Arrays.stream(brandIds).collect(Collectors.toSet()));
            var saved = editing == null ? locationService.create(details) : locationService.update(editing, details);
            Messages.info(facesContext, Messages.text(facesContext, "locations.saved") + " " + saved.name());
            cancel();
            locations = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public List<LocationView> getLocations() {
        if (locations == null) {
            locations = partnerId == null ? peopleService.visibleLocations() : partnerService.profile(partnerId).locations();
        }
        return locations;
    }

    public List<BrandView> getBrands() {
        if (brands == null) {
            brands = brandService.brands();
        }
        return brands;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Long[] getBrandIds() {
        return brandIds;
    }

    public void setBrandIds(Long[] brandIds) {
        this.brandIds = brandIds;
    }
}
