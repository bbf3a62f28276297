package org.partneracademy.partner;

public record LocationView(long id, String name, String city, String country, String partnerName) {

    static LocationView of(PartnerLocation location) {
        return new LocationView(location.getId(), location.getName(), location.getCity(), location.getCountry(),
                location.getPartner().getName());
    }
}
