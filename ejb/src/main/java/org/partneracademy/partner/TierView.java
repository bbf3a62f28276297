package org.partneracademy.partner;

/** A tier with how many partners hold it. */
public record TierView(String code, String name, int level, long partners) {
}
