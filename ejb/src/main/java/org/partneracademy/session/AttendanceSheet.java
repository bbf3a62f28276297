package org.partneracademy.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A session's roster (the seated learners) with each one's marks by day; a day without a mark is
 * missing from {@code marks}.
 */
public record AttendanceSheet(long sessionId, String courseCode, String courseTitle, String timeZone, List<SessionDay> days,
                              List<Row> rows) {

    public record Row(long enrollmentId, String username, String displayName, String partnerName,
                      Map<LocalDate, Boolean> marks) {

        public Boolean markOn(LocalDate day) {
            return marks.get(day);
        }
    }
}
