package org.partneracademy.benchmark;

import java.sql.Connection;
import java.util.Map;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.partneracademy.devstack.DevDatabase;

/**
 * Reference rate: the same Camunda engine as the application's, alone in this JVM on a scratch
 * database of the same server, starting a process that has only wait states and no application
 * logic. The application's enrollment rate divided by this rate is what the application's own work
 * (HTTP, security, JPA, delegates) costs on top of the engine.
 */
final class BareEngine implements AutoCloseable {

    static final String PROCESS_KEY = "bare";

    private final ProcessEngine engine;

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * @param maxConnections the pool size: one connection per client, like the application's pool
     * @param waitStates how many message waits the process passes before it would end
     * @param cancellable whether an interrupting message event subprocess listens while it waits
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
        engine.getRepositoryService().createDeployment()
                .addModelInstance(PROCESS_KEY + ".bpmn", model(waitStates, cancellable))
                .deploy();
        return new BareEngine(engine);
    }

    /**
     * Start, {@code waitStates} message catch events one after the other, end; when {@code cancellable},
     * an interrupting message event subprocess as well (the enrollment's "cancelled at any point").
     */
    static BpmnModelInstance model(int waitStates, boolean cancellable) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(180)
                .startEvent("started");
        for (int i = 1; i <= waitStates; i++) {
            flow = flow.intermediateCatchEvent("wait" + i).message("Continue" + i);
        }
        var model = flow.endEvent("ended").done();
        if (cancellable) {
            model.<Process>getModelElementById(PROCESS_KEY).builder()
                    .eventSubProcess("cancellation").startEvent("cancelled").message("Cancelled").endEvent("cancelledEnd");
        }
        return model;
    }

    /** Starts one instance the way the application does: business key and the id as a variable. */
    void start(long id) {
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id), Map.of("enrollmentId", id));
    }

    long waitingInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).active().count();
    }

    @Override
    public void close() {
        engine.close();
    }
}
