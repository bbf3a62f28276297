package org.partneracademy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.partneracademy.platform.workflow.WorkflowStatus;

/** Ready only when the process engine is up and its job executor is acquiring jobs. */
@Readiness
@ApplicationScoped
public class WorkflowEngineReadiness implements HealthCheck {

    @Inject
    WorkflowStatus workflowStatus;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("workflow-engine")
                .status(workflowStatus.jobExecutorActive())
                .withData("deployedProcessDefinitions", workflowStatus.deployedProcessDefinitions())
                .build();
    }
}
