/** The vendor admin's item statistics page of an exam: figures per question, flagged rows explained. */
package org.partneracademy.web.statistics;
