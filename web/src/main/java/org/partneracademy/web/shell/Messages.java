package org.partneracademy.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.ResourceBundle;
import org.partneracademy.platform.error.DomainException;

/** Turns the services' refusals into messages on the page, so every page reports them the same way. */
public final class Messages {

    private Messages() {
    }

    public static String text(FacesContext context, String key) {
        return ResourceBundle.getBundle("org.partneracademy.web.messages", context.getViewRoot().getLocale()).getString(key);
    }

    public static void info(FacesContext context, String summary) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public static void refused(FacesContext context, DomainException refusal) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        context.validationFailed();
    }

    public static void invalid(FacesContext context, ConstraintViolationException invalid) {
        invalid.getConstraintViolations().forEach(violation -> context.addMessage(null, new FacesMessage(
                FacesMessage.SEVERITY_ERROR, fieldOf(violation.getPropertyPath().toString()) + ": " + violation.getMessage(), null)));
        context.validationFailed();
    }

    /** "draft.draft.modules[0].title" becomes "modules[0].title": the field as the user knows it. */
    private static String fieldOf(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
