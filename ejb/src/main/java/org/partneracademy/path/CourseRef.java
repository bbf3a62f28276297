package org.partneracademy.path;

/** A course as paths show it: id, code and title. */
public record CourseRef(long id, String code, String title) {
}
