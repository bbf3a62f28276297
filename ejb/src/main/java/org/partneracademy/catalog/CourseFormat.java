package org.partneracademy.catalog;

public enum CourseFormat {
    SELF_PACED, INSTRUCTOR_LED_CLASSROOM, VIRTUAL_INSTRUCTOR_LED, BLENDED
}
