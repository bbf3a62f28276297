package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** BPMN task "Report completion": the certification side is told. */
@Named("reportCompletionDelegate")
@Dependent
public class ReportCompletionDelegate implements JavaDelegate {

    @Inject
    CompletionReport report;

    @Override
    public void execute(DelegateExecution execution) {
        report.report(ProcessActor.enrollmentId(execution));
    }
}
