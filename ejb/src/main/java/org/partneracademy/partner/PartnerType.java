package org.partneracademy.partner;

public enum PartnerType {
    RESELLER, OEM, REFERRAL, IMPLEMENTATION_PARTNER, TRAINING_PARTNER
}
