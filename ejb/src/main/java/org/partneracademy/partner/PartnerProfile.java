package org.partneracademy.partner;

import java.util.List;

/** One partner for the vendor admin: type, tier, today's agreement model, its locations and agreements. */
public record PartnerProfile(long id, String name, PartnerType type, String tier, String tierName,
        AgreementModel agreementModel, List<LocationView> locations, List<AgreementView> agreements) {
}
