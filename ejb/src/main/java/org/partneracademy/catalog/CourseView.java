package org.partneracademy.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record CourseView(long id, String code, String title, String description, CourseFormat format,
        String version, String language, BigDecimal listPrice, String currency, CourseStatus status,
        Instant publishedAt, List<ModuleView> modules) {

    public static CourseView of(Course course) {
        return new CourseView(course.getId(), course.getCode(), course.getTitle(), course.getDescription(),
                course.getFormat(), course.getVersionLabel(), course.getLanguage(), course.getListPrice(),
                course.getCurrency(), course.getStatus(), course.getPublishedAt(),
                course.getModules().stream().map(ModuleView::of).toList());
    }

    public int totalMinutes() {
        return modules.stream().mapToInt(ModuleView::durationMinutes).sum();
    }
}
