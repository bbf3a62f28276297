package org.partneracademy.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with valid list markup. PrimeFaces writes {@code <li role="alert">}, and an
 * alert is not a list item, so the list holds something other than items (axe rule "list", WCAG
 * 1.3.1). Here each item stays an {@code <li>} and its text is wrapped in the alert instead, so screen
 * readers still announce it. Registered for p:messages in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new AlertInsideListItem(writer), uiMessages, message, severity, escape);
    }

    /** Moves the alert role and its aria-atomic from the {@code li} to a {@code span} inside it. */
    private static final class AlertInsideListItem extends ResponseWriterWrapper {

        AlertInsideListItem(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("li".equals(name)) {
                super.startElement("span", null);
                super.writeAttribute("role", "alert", null);
                super.writeAttribute("aria-atomic", "true", null);
            }
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            // The li's own role and aria-atomic were already written on the span.
            if (!"role".equals(name) && !"aria-atomic".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("li".equals(name)) {
                super.endElement("span");
            }
            super.endElement(name);
        }
    }
}
