package org.partneracademy.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.partneracademy.partner.Position;

/**
 * One course version as the pages and the API show it. listPrice/currency are the PUBLIC offering's
 * (null if the version is not sold publicly); {@code offerings} lists them all.
 */
public record CourseView(long id, String code, String title, String description, CourseFormat format,
        String version, String language, BigDecimal listPrice, String currency, CourseStatus status,
        Instant publishedAt, List<ModuleView> modules,
        CourseTrack track, List<Position> audiencePositions, List<String> audienceBrands, int durationMinutes,
        List<OfferingView> offerings, int versionMajor, int versionMinor, Instant retiredAt) {

    public static CourseView of(Course course) {
        return new CourseView(course.getId(), course.getCode(), course.getTitle(), course.getDescription(),
                course.getFormat(), course.getVersionLabel(), course.getLanguage(), course.getListPrice(),
                course.getCurrency(), course.getStatus(), course.getPublishedAt(),
                course.getModules().stream().map(ModuleView::of).toList(),
                course.getTrack(), course.getAudiencePositions().stream().sorted().toList(),
                course.getAudienceBrands().stream().map(Brand::getCode).sorted().toList(), course.getDurationMinutes(),
                course.getOfferings().stream().map(OfferingView::of)
                        .sorted(Comparator.comparing(OfferingView::kind)).toList(),
                course.getVersionMajor(), course.getVersionMinor(), course.getRetiredAt());
    }

    public int totalMinutes() {
        return modules.stream().mapToInt(ModuleView::durationMinutes).sum();
    }
}
