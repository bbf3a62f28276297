package org.partneracademy.catalog;

/** The life of one course version: drafted and edited, published (open for enrollment), retired by a newer one. */
public enum CourseStatus {
    DRAFT, PUBLISHED, RETIRED
}
