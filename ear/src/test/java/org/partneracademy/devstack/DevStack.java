package org.partneracademy.devstack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The run command: a database (see {@link DevDatabase}), then the provisioned WildFly with the EAR
 * and the demo data, in the foreground until Ctrl-C stops both.
 */
public final class DevStack {

    private static final String DATABASE = "partner_academy";

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        var database = DevDatabase.start(DATABASE, Path.of(DevServer.required("dev.db.dir")), false);
        var server = DevServer.start(database.coordinates(), Optional.of(Path.of(DevServer.required("demo.data.dir"))),
                Optional.empty());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
        }));
        if (server.isDeployed()) {
            System.out.printf("%n  Partner Academy is running at http://localhost:8080/  (started in %d s, %s database %s:%d/%s)%n"
                    + "  Demo logins are listed in README.md. Press Ctrl-C to stop.%n%n",
                    server.startup().toSeconds(), database.isEmbedded() ? "embedded" : "external",
                    database.coordinates().host(), database.coordinates().port(), database.coordinates().name());
        } else {
            System.err.println("Deployment failed: see the server log above.");
        }
        System.exit(server.waitFor());
    }
}
