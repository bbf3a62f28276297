/** The vendor finance role's pages: finding a registration in the ledger and recording refunds on it. */
package org.partneracademy.web.finance;
