package org.partneracademy.web.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partneracademy.catalog.CourseDetails;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseTrack;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.catalog.NewModule;
import org.partneracademy.partner.Position;

/**
 * What a course version says and who it is for, as the forms edit it: the new-course form of
 * /admin/courses.xhtml and the draft form of /admin/course.xhtml bind to one of these.
 */
public class CourseContentForm implements Serializable {

    /** One module row of the form; the form cannot bind to the immutable record. */
    public static class ModuleRow implements Serializable {
        private String title;
        private Integer durationMinutes;
        private String topic;

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }
    }

    private String title;
    private String description;
    private CourseFormat format = CourseFormat.SELF_PACED;
    private String language = "en";
    private CourseTrack track = CourseTrack.TECHNICAL;
    private Position[] positions = new Position[0];
    private String[] brands = new String[0];
    private List<ModuleRow> modules = new ArrayList<>();

    /** An empty form with one module row to fill in. */
    static CourseContentForm blank() {
        var form = new CourseContentForm();
        form.addModule();
        return form;
    }

    static CourseContentForm of(CourseView course) {
        var form = new CourseContentForm();
        form.title = course.title();
        form.description = course.description();
        form.format = course.format();
        form.language = course.language();
        form.track = course.track();
        form.positions = course.audiencePositions().toArray(Position[]::new);
        form.brands = course.audienceBrands().toArray(String[]::new);
        course.modules().forEach(module -> {
            var row = new ModuleRow();
            row.setTitle(module.title());
            row.setDurationMinutes(module.durationMinutes());
            row.setTopic(module.topic());
            form.modules.add(row);
        });
        return form;
    }

    /** An empty duration is sent as 0, so that the service's own check names the field. */
    List<NewModule> newModules() {
        return modules.stream().map(row -> new NewModule(row.getTitle(),
                row.getDurationMinutes() == null ? 0 : row.getDurationMinutes(), row.getTopic())).toList();
    }

    CourseDetails toDetails() {
        return new CourseDetails(title, description, format, language, track, Arrays.asList(positions),
                Arrays.asList(brands), newModules());
    }

    public void addModule() {
        modules.add(new ModuleRow());
    }

    public void removeModule(ModuleRow row) {
        modules.remove(row);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public CourseTrack getTrack() {
        return track;
    }

    public void setTrack(CourseTrack track) {
        this.track = track;
    }

    public Position[] getPositions() {
        return positions;
    }

    public void setPositions(Position[] positions) {
        this.positions = positions;
    }

    public String[] getBrands() {
        return brands;
    }

    public void setBrands(String[] brands) {
        this.brands = brands;
    }

    public List<ModuleRow> getModules() {
        return modules;
    }
}
