/**
 * The {@code certification} process: its starter, the message correlations, and thin delegates that
 * each call one {@link org.partneracademy.certification.CertificationLifecycle} step. The business key is the
 * certification id.
 */
package org.partneracademy.certification.workflow;
