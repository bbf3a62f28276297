package org.partneracademy.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.RejectedRowsException;

/** Turns the services' refusals into messages on the page, so every page reports them the same way. */
public final class Messages {

    private Messages() {
    }

    public static String text(FacesContext context, String key) {
        return ResourceBundle.getBundle("org.partneracademy.web.messages", context.getViewRoot().getLocale()).getString(key);
    }

    /** A text with arguments: {@code key}'s pattern in {@link MessageFormat} syntax. */
    public static String format(FacesContext context, String key, Object... arguments) {
        return new MessageFormat(text(context, key), context.getViewRoot().getLocale()).format(arguments);
    }

    public static void info(FacesContext context, String summary) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public static void refused(FacesContext context, DomainException refusal) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        context.validationFailed();
    }

    /**
     * A refused file import: the refusal's summary, then one message per problem, named the way the
     * file's author finds it ("Row 3, email: ...", or "File: ..." for the file as a whole).
     */
    public static void rejected(FacesContext context, RejectedRowsException rejected) {
        refused(context, rejected);
        // The row as a string: a number argument would be formatted with grouping ("Row 1,000").
        rejected.errors().forEach(error -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                error.row() == 0 ? format(context, "import.fileProblem", error.message())
                        : format(context, "import.rowProblem", String.valueOf(error.row()), error.column(), error.message()),
                null)));
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
