package org.partneracademy.certification;

/** DRAFT: not assignable yet; ACTIVE: assignable; RETIRED: kept for its holders, no new assignments. */
public enum DefinitionStatus {
    DRAFT, ACTIVE, RETIRED
}
