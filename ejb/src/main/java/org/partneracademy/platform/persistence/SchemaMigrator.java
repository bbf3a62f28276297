package org.partneracademy.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema to the version this build expects before anything else starts, then
 * proves the JPA mappings match it. A mismatch fails the deployment instead of failing later at the
 * first query. Bean-managed transactions: Flyway runs its own transaction per migration.
 *
 * <p>Demo data is a second, separate migration history ({@code demo_data_history}) read from a
 * directory outside the archive, and only when {@code pa.demo.data.dir} is set (the run command sets
 * it). Production deployments never carry or load it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/PartnerAcademyDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "academy")
    EntityManagerFactory entityManagerFactory;

    @Inject
    @ConfigProperty(name = "pa.demo.data.dir")
    Optional<String> demoDataDir;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied)");

        demoDataDir.filter(dir -> !dir.isBlank()).ifPresent(this::loadDemoData);

        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    private void loadDemoData(String dir) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("filesystem:" + dir)
                .table("demo_data_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Demo data from " + dir + ": " + result.migrationsExecuted + " scripts applied");
    }
}
