package org.partneracademy.catalog;

/** Whether a course trains people to sell the vendor's products or to implement and service them. */
public enum CourseTrack {
    TECHNICAL, SALES
}
