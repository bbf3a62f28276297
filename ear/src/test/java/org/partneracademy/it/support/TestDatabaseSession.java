package org.partneracademy.it.support;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.partneracademy.devstack.DevDatabase;

/**
 * Before any integration test: a fresh test database (on the PA_DB_* server when set, else embedded
 * MariaDB), whose coordinates become WildFly's JVM arguments through arquillian.xml. The demo data
 * is loaded too, so the tests also prove the README's demo logins work. A GreenMail SMTP server
 * ({@link TestMailbox}) starts too and WildFly's mail session is pointed at it.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    public static final String DATABASE = "partner_academy_test";

    private static DevDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("jboss.home") == null || database != null) {
            return;
        }
        database = DevDatabase.start(DATABASE, Path.of(System.getProperty("test.db.dir", "target/test-db")), true);
        String dbArgs = database.coordinates().systemProperties().entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        String demoData = Path.of("src/demo/sql").toAbsolutePath().toString();
        int smtpPort = TestMailbox.start();
        System.setProperty("test.vm.args", "-Xms512m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true "
                + dbArgs + " -Dpa.demo.data.dir=" + demoData
                + " -Dpa.smtp.host=127.0.0.1 -Dpa.smtp.port=" + smtpPort + " -Dpa.mail.from=academy@partner-academy.test"
                // Longer than any test takes to decide an approval or accept a seat offer. The tests that watch
                // one expire (EnrollmentFlowIT, WaitlistIT, ServerRestartIT) move the clock past it (TestClock).
                + " -Dpa.enrollment.approval.timeout=PT1H"
                + " -Dpa.enrollment.offer.timeout=PT1H"
                // Tests move the clock forward to watch certifications open their window, expire and lapse.
                + " -Dpa.clock.adjustable=true"
                // Tests that move the clock past the first of a month must not close last month on the timer:
                // statement tests close old months of their own (StatementFixtures).
                + " -Dpa.statement.close-on-timer=false");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestMailbox.stop();
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public static DevDatabase.Coordinates coordinates() {
        return database.coordinates();
    }
}
