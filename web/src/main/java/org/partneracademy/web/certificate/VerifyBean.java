package org.partneracademy.web.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partneracademy.certification.certificate.CertificateVerification;
import org.partneracademy.certification.certificate.VerificationResult;
import org.partneracademy.platform.error.NotFoundException;

/** The public verification page: one code, its state, or a 404 that says the code is unknown. */
@Named
@RequestScoped
public class VerifyBean {

    @Inject
    CertificateVerification verification;

    private String code;
    private VerificationResult result;

    public void load() {
        try {
            result = verification.verify(code);
        } catch (NotFoundException unknown) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public VerificationResult getResult() {
        return result;
    }
}
