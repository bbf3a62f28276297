package org.partneracademy.web.session;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.session.AttendanceInput;
import org.partneracademy.session.AttendanceService;
import org.partneracademy.session.AttendanceSheet;
import org.partneracademy.web.shell.Messages;

/**
 * The attendance sheet of one session (teach/roster.xhtml?id=&day=): pick a day, mark each seated
 * learner present or absent, save. Without a day (or with one the session does not have) the sheet
 * opens on the first day not yet past. Learners left unmarked are not sent (their day stays unmarked).
 */
@Named
@ViewScoped
public class AttendanceBean implements Serializable {

    @Inject
    AttendanceService attendanceService;

    private Long id;
    private AttendanceSheet sheet;
    private LocalDate day;
    /** Enrollment id → "present" / "absent" / null (unmarked) for the chosen day. */
    private Map<Long, String> marks = new HashMap<>();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            sheet = attendanceService.sheet(id);
        } catch (NotFoundException missing) {
            sheet = null;
            Messages.refused(FacesContext.getCurrentInstance(), missing);
            return;
        }
        boolean known = day != null && sheet.days().stream().anyMatch(d -> d.day().equals(day));
        if (!known && !sheet.days().isEmpty()) {
            var today = LocalDate.now(java.time.ZoneId.of(sheet.timeZone()));
            day = sheet.days().stream().map(d -> d.day()).filter(d -> !d.isBefore(today)).findFirst()
                    .orElse(sheet.days().get(sheet.days().size() - 1).day());
        }
        showDay();
    }

    /** Fills the radio buttons with the marks of the chosen day. */
    public void showDay() {
        marks = new HashMap<>();
        if (sheet == null) {
            return;
        }
        for (var row : sheet.rows()) {
            Boolean present = row.markOn(day);
            marks.put(row.enrollmentId(), present == null ? null : present ? "present" : "absent");
        }
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        List<AttendanceInput.Mark> given = marks.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new AttendanceInput.Mark(e.getKey(), "present".equals(e.getValue())))
                .toList();
        if (given.isEmpty()) {
            Messages.info(facesContext, Messages.text(facesContext, "attendance.nothingMarked"));
            return;
        }
        try {
            sheet = attendanceService.mark(id, new AttendanceInput(day, given));
            Messages.info(facesContext, Messages.format(facesContext, "attendance.saved", day));
            showDay();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Map<Long, String> getMarks() {
        return marks;
    }
}
