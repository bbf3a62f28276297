package org.partneracademy.platform.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Engine facts for health checks, without exposing Camunda types outside this package. */
@ApplicationScoped
public class WorkflowStatus {

    @Inject
    ProcessEngineBootstrap bootstrap;

    public boolean jobExecutorActive() {
        var engine = bootstrap.engine();
        return engine != null
                && ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getJobExecutor().isActive();
    }

    public long deployedProcessDefinitions() {
        return bootstrap.engine().getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
    }
}
