package org.partneracademy.reporting.statement;

import org.partneracademy.partner.AgreementModel;

/** Who invoices whom for a statement's total: follows from the agreement model. */
public enum InvoiceDirection {
    PARTNER_INVOICES_VENDOR, VENDOR_INVOICES_PARTNER;

    public static InvoiceDirection of(AgreementModel model) {
        return switch (model) {
            case REVENUE_SHARE, PAY_PER_DELIVERY -> PARTNER_INVOICES_VENDOR;
            case RESELLER, CONTENT_LICENSING -> VENDOR_INVOICES_PARTNER;
        };
    }
}
