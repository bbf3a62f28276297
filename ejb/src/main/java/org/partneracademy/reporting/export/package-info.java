/**
 * Report exports: one table written row by row as CSV, XLSX (Apache POI's streaming SXSSF) or PDF
 * (OpenPDF), so that an export of any size never sits whole in memory. Text cells that a spreadsheet would
 * read as a formula are neutralised ({@link org.partneracademy.reporting.export.FormulaNeutraliser}).
 */
package org.partneracademy.reporting.export;
