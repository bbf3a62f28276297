package org.partneracademy.certification.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.certification.CertificationLifecycle;

/** BPMN task "Issue certificate": issues it and hands its dates to the timers ({@code expires} false: never). */
@Named("issueCertificateDelegate")
@Dependent
public class IssueCertificateDelegate implements JavaDelegate {

    @Inject
    CertificationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        var dates = lifecycle.certify(ProcessVariables.certificationId(execution));
        execution.setVariable("expires", dates.expiresAt() != null);
        execution.setVariable("windowOpensAt", date(dates.windowOpensAt()));
        execution.setVariable("expiresAt", date(dates.expiresAt()));
        execution.setVariable("graceEndsAt", date(dates.graceEndsAt()));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
