package org.partneracademy.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.session.AttendanceService;
import org.partneracademy.session.SessionView;

/** The sessions the signed-in trainer teaches (teach/sessions.xhtml). */
@Named
@ViewScoped
public class TeachingBean implements Serializable {

    @Inject
    AttendanceService attendanceService;

    private List<SessionView> sessions = List.of();

    @PostConstruct
    void load() {
        sessions = attendanceService.mySessions();
    }

    public List<SessionView> getSessions() {
        return sessions;
    }
}
