package org.partneracademy.benchmark;

import java.nio.file.Path;
import org.partneracademy.devstack.DevDatabase;

/** The benchmarks' own database, kept between runs: generating it takes minutes, measuring it seconds. */
final class ScaleDatabase {

    static final String NAME = "partner_academy_scale";

    private ScaleDatabase() {
    }

    static DevDatabase start() {
        String dir = System.getProperty("scale.db.dir");
        if (dir == null) {
            throw new IllegalStateException("System property scale.db.dir is not set");
        }
        return DevDatabase.start(NAME, Path.of(dir), false);
    }
}
