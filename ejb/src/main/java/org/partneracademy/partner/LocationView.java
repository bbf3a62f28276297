package org.partneracademy.partner;

import java.util.Comparator;
import java.util.List;
import org.partneracademy.catalog.Brand;

/** A location with the brands it carries (ids and names, both in name order). */
public record LocationView(long id, String name, String city, String country, String partnerName, Long partnerId,
        List<Long> brandIds, List<String> brands) {

    public LocationView(long id, String name, String city, String country, String partnerName) {
        this(id, name, city, country, partnerName, null, List.of(), List.of());
    }

    static LocationView of(PartnerLocation location) {
        var brands = location.getBrands().stream().sorted(Comparator.comparing(Brand::getName)).toList();
        return new LocationView(location.getId(), location.getName(), location.getCity(), location.getCountry(),
                location.getPartner().getName(), location.getPartner().getId(),
                brands.stream().map(Brand::getId).toList(), brands.stream().map(Brand::getName).toList());
    }
}
