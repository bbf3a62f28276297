package org.partneracademy.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.enrollment.EnrollmentRequest;
import org.partneracademy.enrollment.EnrollmentRequests;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentStatus;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.enrollment.RepeatedRequestException;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.session.LearnerSessions;
import org.partneracademy.session.SessionChoice;
import org.partneracademy.session.OpenSessionView;
import org.partneracademy.session.UpcomingSessionSearch;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;

/**
 * Upcoming sessions, as a searchable list paged by the database or as a calendar that loads the weeks
 * it shows, and enrolling in one. Each enroll click carries a request key of this page and session, so
 * a request sent twice (double click, resubmission) answers with the one enrollment it made.
 */
@Named
@ViewScoped
public class UpcomingSessionsBean implements Serializable {

    static final String CALENDAR = "calendar";

    @Inject
    LearnerSessions learnerSessions;

    @Inject
    EnrollmentService enrollmentService;

    @Inject
    EnrollmentRequests enrollmentRequests;

    private final String pageKey = UUID.randomUUID().toString();
    private String view;
    private String text;
    private Long courseId;
    private CourseFormat format;
    private LocalDate from;
    private LocalDate to;
    private List<SessionChoice> courses;
    /** The learner's open enrollment per session: the row then links to it instead of offering Enroll. */
    private Map<Long, Long> myEnrollmentBySession;
    private final Map<Long, OpenSessionView> shownInCalendar = new HashMap<>();
    private OpenSessionView selected;

    private final DatabasePagedModel<OpenSessionView> sessions = new DatabasePagedModel<>() {
        @Override
        protected Page<OpenSessionView> fetch(PageRequest page, String sortField, boolean descending) {
            try {
                return learnerSessions.search(criteria(), page);
            } catch (ConstraintViolationException invalid) {
                // search() has reported it; the table shows nothing rather than failing the page.
                return Page.of(List.of(), 0, page);
            }
        }

        @Override
        protected String keyOf(OpenSessionView session) {
            return String.valueOf(session.id());
        }
    };

    private final LazyScheduleModel calendar = new LazyScheduleModel() {
        @Override
        public void loadEvents(java.time.LocalDateTime start, java.time.LocalDateTime end) {
            shownInCalendar.clear();
            for (var session : learnerSessions.between(start.toInstant(ZoneOffset.UTC), end.toInstant(ZoneOffset.UTC))) {
                shownInCalendar.put(session.id(), session);
                var days = session.session().days();
                for (int i = 0; i < days.size(); i++) {
                    var day = days.get(i);
                    // The session's own local times: the calendar shows them as written, like the list.
                    addEvent(DefaultScheduleEvent.<Long>builder()
                            .id(session.id() + "-" + (i + 1))
                            .groupId(String.valueOf(session.id()))
                            .title(session.session().courseTitle())
                            .startDate(day.day().atTime(day.startsAt()))
                            .endDate(day.day().atTime(day.endsAt()))
                            .description(session.session().timeZone())
                            .data(session.id())
                            .editable(false)
                            .build());
                }
            }
        }
    };

    @PostConstruct
    void load() {
        courses = learnerSessions.courses();
        reloadMine();
    }

    /** Applies the search fields; the page sends the table back to its first page. */
    public void search() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            learnerSessions.search(criteria(), PageRequest.of(0, 1));
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        }
    }

    public void clear() {
        text = null;
        courseId = null;
        format = null;
        from = null;
        to = null;
    }

    private UpcomingSessionSearch criteria() {
        return new UpcomingSessionSearch(text, courseId, format, from, to);
    }

    /** A session picked on the calendar: its details and Enroll button appear below it. */
    public void select(SelectEvent<ScheduleEvent<Long>> event) {
        selected = shownInCalendar.get(event.getObject().getData());
    }

    /** Requests a seat (or a place on the waitlist, or approval) and shows the enrollment. */
    public String enroll(long sessionId, String courseTitle) {
        var facesContext = FacesContext.getCurrentInstance();
        String key = pageKey + "-" + sessionId;
        EnrollmentView enrollment;
        try {
            enrollment = enrollmentRequests.requestForMe(new EnrollmentRequest(null, sessionId), key).enrollment();
        } catch (RepeatedRequestException sentTwice) {
            enrollment = enrollmentRequests.repeated(null, key).orElse(null);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            reloadMine();
            return null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
            return null;
        }
        if (enrollment == null) {
            reloadMine();
            return null;
        }
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(facesContext, Messages.format(facesContext, "upcoming.requested", courseTitle));
        return "/learning/enrollment.xhtml?faces-redirect=true&id=" + enrollment.id();
    }

    private void reloadMine() {
        myEnrollmentBySession = new HashMap<>();
        for (var enrollment : enrollmentService.myEnrollments()) {
            if (enrollment.sessionId() != null && isOpen(enrollment.status())) {
                myEnrollmentBySession.put(enrollment.sessionId(), enrollment.id());
            }
        }
    }

    private static boolean isOpen(EnrollmentStatus status) {
        return status == EnrollmentStatus.REQUESTED || status == EnrollmentStatus.PENDING_APPROVAL
                || status == EnrollmentStatus.ACTIVE;
    }

    public boolean isEnrolled(OpenSessionView session) {
        return session != null && myEnrollmentBySession.containsKey(session.id());
    }

    public Long enrollmentIn(OpenSessionView session) {
        return myEnrollmentBySession.get(session.id());
    }

    /** Whether any search field is set: an empty table then means "nothing matches". */
    public boolean isSearching() {
        return (text != null && !text.isBlank()) || courseId != null || format != null || from != null || to != null;
    }

    public boolean isCalendarView() {
        return CALENDAR.equals(view);
    }

    /** The formats sessions come in (self-paced courses have none). */
    public List<CourseFormat> getFormats() {
        return List.of(CourseFormat.INSTRUCTOR_LED_CLASSROOM, CourseFormat.VIRTUAL_INSTRUCTOR_LED, CourseFormat.BLENDED);
    }

    public DatabasePagedModel<OpenSessionView> getSessions() {
        return sessions;
    }

    public LazyScheduleModel getCalendar() {
        return calendar;
    }

    public OpenSessionView getSelected() {
        return selected;
    }

    public List<SessionChoice> getCourses() {
        return courses;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
