package org.partneracademy.catalog;

public enum CourseStatus {
    DRAFT, PUBLISHED
}
