package org.partneracademy.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload, with the simple mode's native file input left visible to screen readers.
 * PrimeFaces marks that input {@code aria-hidden="true"}, although, not skinned, it is the field itself:
 * a visible, focusable control that assistive technology would not announce (axe rule
 * "aria-hidden-focus", WCAG 4.1.2), and a pass-through attribute cannot undo it (the first of two equal
 * attributes wins). The skinned and advanced modes, whose input really is hidden behind a button, are
 * left as they are. Registered for p:fileUpload in faces-config.xml.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String style,
            String styleClass) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new WithoutAriaHidden(writer));
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    private static final class WithoutAriaHidden extends ResponseWriterWrapper {

        WithoutAriaHidden(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"aria-hidden".equals(name)) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
