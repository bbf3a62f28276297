package org.partneracademy.path;

/**
 * What a rule condition looks at, and what its value names: POSITION a {@code partner.Position};
 * BRAND a brand code carried by any of the person's locations; LOCATION a location id; TIER the partner's
 * tier code exactly; TIER_AT_LEAST a tier code, matching that tier and every higher level;
 * PARTNER_TYPE a {@code partner.PartnerType}.
 */
public enum ConditionKind {
    POSITION, BRAND, LOCATION, TIER, TIER_AT_LEAST, PARTNER_TYPE
}
