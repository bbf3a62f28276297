package org.partneracademy.catalog;

/**
 * How a course is sold: open seats on a public schedule, a private class for one partner or customer,
 * a class at the buyer's site, or a training delivered to the vendor's end customers.
 */
public enum OfferingKind {
    PUBLIC, PRIVATE, ONSITE, CUSTOMER_TRAINING
}
