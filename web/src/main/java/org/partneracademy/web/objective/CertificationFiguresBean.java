package org.partneracademy.web.objective;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partneracademy.objective.CertificationFigures;
import org.partneracademy.objective.ObjectiveAnalytics;

/** The stage-2 figures on the vendor dashboard, counted once per request. */
@Named
@RequestScoped
public class CertificationFiguresBean {

    @Inject
    ObjectiveAnalytics analytics;

    private CertificationFigures figures;

    public CertificationFigures getFigures() {
        if (figures == null) {
            figures = analytics.figures();
        }
        return figures;
    }
}
