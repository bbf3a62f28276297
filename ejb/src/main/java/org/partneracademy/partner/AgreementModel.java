package org.partneracademy.partner;

/** How a training partner and the vendor settle money for training; read by the invoicing reports. */
public enum AgreementModel {
    RESELLER, CONTENT_LICENSING, PAY_PER_DELIVERY, REVENUE_SHARE
}
