package org.partneracademy.path;

import java.util.Set;

/** What assignment rules look at for one person: position, their partner's type and tier, their locations and the brands those carry. */
public record PersonProfile(String position, String partnerType, String tierCode, Set<Long> locationIds,
        Set<String> brandCodes) {

    public PersonProfile {
        locationIds = Set.copyOf(locationIds);
        brandCodes = Set.copyOf(brandCodes);
    }
}
