package org.partneracademy.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR the build produced, deployed as is: tests run against exactly what ships. Read once per test
 * run and shared: {@link SuiteDeployment} keeps it deployed from the first test class to the last.
 * Do not modify the archive returned; a test that needs a variant builds its own from {@code ear.file}
 * (and is then deployed on its own).
 */
public final class RealEar {

    public static final String BASE_URL = "http://localhost:8080";
    public static final String DEMO_PASSWORD = "academy-demo";

    private static EnterpriseArchive archive;

    private RealEar() {
    }

    public static synchronized EnterpriseArchive archive() {
        if (archive == null) {
            archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
        }
        return archive;
    }

    /** Whether this is the shared archive of {@link #archive()} (the same instance, not a look-alike). */
    static synchronized boolean isTheArchive(Archive<?> candidate) {
        return candidate != null && candidate == archive;
    }
}
