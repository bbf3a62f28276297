package org.partneracademy.partner;

/** A partner as the vendor's directory lists it, with how many locations and active people it has. */
public record PartnerView(Long id, String name, PartnerType type, String tier, AgreementModel agreementModel,
        Long locations, Long activePeople) {
}
