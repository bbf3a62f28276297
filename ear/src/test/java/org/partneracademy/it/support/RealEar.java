package org.partneracademy.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, deployed as is: tests run against exactly what ships. */
public final class RealEar {

    public static final String BASE_URL = "http://localhost:8080";
    public static final String DEMO_PASSWORD = "academy-demo";

    private RealEar() {
    }

    public static EnterpriseArchive archive() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file")));
    }
}
