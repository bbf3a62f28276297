package org.partneracademy.benchmark;

import java.sql.Connection;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.partneracademy.devstack.DevDatabase;

/**
 * Reference rate: the same Camunda engine as the application's, alone in this JVM on a scratch
 * database of the same server, with local transactions on a plain connection pool, starting the
 * {@link BareProcess}. The fastest the engine goes here: no application server, no JTA, no XA.
 */
final class BareEngine implements AutoCloseable {

    private final ProcessEngine engine;
    private final BareProcess process;

    private BareEngine(ProcessEngine engine, BareProcess process) {
        this.engine = engine;
        this.process = process;
    }

    /**
     * @param maxConnections the pool size: one connection per client, like the application's pool
     * @param history the Camunda history level (full, audit, activity, none)
     */
    static BareEngine start(DevDatabase.Coordinates scratch, int maxConnections, int waitStates, boolean cancellable,
            String history) {
        var dataSource = new PooledDataSource(org.mariadb.jdbc.Driver.class.getName(),
                scratch.jdbcUrl() + "?nullDatabaseMeansCurrent=true&useServerPrepStmts=false",
                scratch.user(), scratch.password());
        dataSource.setPoolMaximumActiveConnections(maxConnections);
        dataSource.setPoolMaximumIdleConnections(maxConnections);
        // Camunda refuses MariaDB's default REPEATABLE_READ; the application's datasource says the same.
        dataSource.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);

        var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-benchmark");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDatabaseType("mysql");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setHistory(history);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        var engine = configuration.buildProcessEngine();
        return new BareEngine(engine, BareProcess.deploy(engine, waitStates, cancellable));
    }

    void start(long id) {
        process.start(id);
    }

    long waitingInstances() {
        return process.waitingInstances();
    }

    @Override
    public void close() {
        engine.close();
    }
}
