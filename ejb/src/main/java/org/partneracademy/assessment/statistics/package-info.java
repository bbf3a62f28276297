/**
 * Item statistics for the vendor: per exam and per question, how often it was answered, how often right
 * (facility), how well it separates strong from weak candidates (discrimination), and a flag for the
 * questions that strong candidates miss. Reads graded attempts only; writes nothing.
 */
package org.partneracademy.assessment.statistics;
