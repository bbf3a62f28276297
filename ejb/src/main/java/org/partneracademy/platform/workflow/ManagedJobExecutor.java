package org.partneracademy.platform.workflow;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs Camunda jobs (timers, async continuations) on a container-managed executor, so job code gets
 * the application's naming, CDI and transaction context like any request thread would.
 */
class ManagedJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;

    ManagedJobExecutor(ManagedExecutorService executor) {
        this.executor = executor;
    }

    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            // The executor is saturated: hand the jobs back; they are acquired again later.
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
