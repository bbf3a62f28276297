package org.partneracademy.path;

/** A brand a path can be given, as the path form offers it. */
public record BrandOption(long id, String code, String name) {
}
