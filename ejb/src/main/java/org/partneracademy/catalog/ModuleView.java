package org.partneracademy.catalog;

public record ModuleView(long id, int position, String title, int durationMinutes, String topic) {

    static ModuleView of(CourseModule module) {
        return new ModuleView(module.getId(), module.getPosition(), module.getTitle(), module.getDurationMinutes(),
                module.getTopic());
    }
}
