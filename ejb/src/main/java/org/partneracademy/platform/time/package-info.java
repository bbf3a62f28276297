/**
 * The application's notion of "now": one clock that features read instead of the system clock, so
 * that a test server can move time forward (and with it Camunda's timers) to watch certifications
 * expire without waiting for months.
 */
package org.partneracademy.platform.time;
