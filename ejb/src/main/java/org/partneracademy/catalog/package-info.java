/**
 * The course catalog: courses with their version, format, list price and ordered modules. A course is
 * drafted by the vendor and becomes visible to learners only once published.
 */
package org.partneracademy.catalog;
