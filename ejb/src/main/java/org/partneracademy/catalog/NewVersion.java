package org.partneracademy.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The number of a new version drafted from the published one; it must be higher. A higher major
 * (2.0 after 1.4) is a content update its former learners are told about; a minor one (1.5) is not.
 */
public record NewVersion(
        @NotNull @Min(0) @Max(999) Integer versionMajor,
        @NotNull @Min(0) @Max(999) Integer versionMinor) {
}
