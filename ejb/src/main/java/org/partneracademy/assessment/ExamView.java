package org.partneracademy.assessment;

/**
 * An exam's settings and status, for its authors. {@code pathId} and {@code masteryPercent} are set for
 * pre-assessments only.
 */
public record ExamView(long id, String code, String title, String kind, Long courseId, String courseTitle,
        Long pathId, String selection, Integer timeLimitMinutes, int passMarkPercent, Integer masteryPercent,
        Integer maxAttempts, int retakeCooldownHours,
        boolean shuffleOptions, String proctoringNote, String status) {

    static ExamView of(Exam exam) {
        var course = exam.getCourse();
        return new ExamView(exam.getId(), exam.getCode(), exam.getTitle(), exam.getKind().name(),
                course == null ? null : course.getId(), course == null ? null : course.getTitle(), exam.getPathId(),
                exam.getSelection().name(), exam.getTimeLimitMinutes(), exam.getPassMarkPercent(),
                exam.getMasteryPercent(), exam.getMaxAttempts(),
                exam.getRetakeCooldownHours(), exam.isShuffleOptions(), exam.getProctoringNote(), exam.getStatus().name());
    }
}
