package org.partneracademy.platform.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partneracademy.platform.security.PasswordHasher;
import org.partneracademy.platform.workflow.identity.PersonIdentityProviderFactory;

/**
 * Starts the embedded Camunda engine once the schema is migrated: JTA on the application's datasource
 * (engine work joins the caller's transaction), Camunda's own tables created by Camunda, delegates
 * resolved as CDI beans by name, jobs on a managed executor, and the models listed in
 * {@code processes/index.txt} deployed (unchanged models are not redeployed). The engine is
 * registered with Camunda's runtime container so Cockpit, served from the same EAR, sees it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    static final String ENGINE_NAME = "default";
    private static final int JOB_ACQUISITION_MAX_WAIT_MS = 10_000;
    private static final String MODEL_INDEX = "processes/index.txt";
    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/PartnerAcademyDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/workflow-jobs")
    ManagedExecutorService jobThreads;

    /**
     * How long an acquired job stays locked to this server. A server stopped in the middle of a job
     * leaves its lock behind, and the job runs again only once the lock has expired (jobs run at least
     * once); shorter locks resume sooner but must outlast the longest job (a close chunk).
     */
    @Inject
    @ConfigProperty(name = "pa.workflow.job-lock-time", defaultValue = "PT5M")
    Duration jobLockTime;

    @Inject
    BeanManager beanManager;

    @Inject
    PasswordHasher passwordHasher;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        // Delegates live in this module: resolve their names with this module's bean manager.
        BeanManagerLookup.localInstance = beanManager;

        var configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // Camunda has no MariaDB mapping of its own; MariaDB speaks the MySQL dialect it uses.
        configuration.setDatabaseType("mysql");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        var jobExecutor = new ManagedJobExecutor(jobThreads);
        // An idle acquisition thread backs off to at most this long between looks; moving the test clock
        // also wakes it at once (wakeJobExecutor).
        jobExecutor.setMaxWait(JOB_ACQUISITION_MAX_WAIT_MS);
        jobExecutor.setLockTimeInMillis(Math.toIntExact(jobLockTime.toMillis()));
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);
        configuration.setJobExecutorDeploymentAware(false);
        configuration.setMetricsEnabled(false);
        // People and roles come from the application, read-only; Camunda's identity tables stay empty.
        configuration.setIdentityProviderSessionFactory(new PersonIdentityProviderFactory(dataSource, passwordHasher::verify));

        engine = configuration.buildProcessEngine();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
        deployModels();
    }

    private void deployModels() {
        var deployment = engine.getRepositoryService().createDeployment()
                .name("partner-academy")
                .enableDuplicateFiltering(true);
        var classLoader = getClass().getClassLoader();
        for (String model : listedModels(classLoader)) {
            String resource = "processes/" + model;
            InputStream stream = classLoader.getResourceAsStream(resource);
            if (stream == null) {
                throw new IllegalStateException(MODEL_INDEX + " lists " + model + " but it is not on the classpath");
            }
            deployment.addInputStream(resource, stream);
        }
        var deployed = deployment.deployWithResult();
        // Duplicate filtering answers "nothing deployed" (no definition list) when no model changed.
        var definitions = deployed.getDeployedProcessDefinitions();
        LOG.info(() -> "Process models deployed: " + (definitions == null ? 0 : definitions.size())
                + " new or changed definitions");
    }

    private static List<String> listedModels(ClassLoader classLoader) {
        try (InputStream index = classLoader.getResourceAsStream(MODEL_INDEX)) {
            if (index == null) {
                throw new IllegalStateException(MODEL_INDEX + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells the job executor to look for due jobs now (after the clock moved, timers may have fallen due). */
    public void wakeJobExecutor() {
        var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.jobWasAdded();
        }
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
            engine.close();
        }
    }
}
