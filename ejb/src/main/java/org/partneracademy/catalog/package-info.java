/**
 * The course catalog: courses in versions (one row per major.minor version, sharing a family code),
 * with format, track, audiences (positions, brands), duration from their ordered modules, and offerings
 * with list prices. A version is drafted and edited by the vendor, visible to learners once published,
 * and retired when a newer version is published; a new major version raises {@link
 * org.partneracademy.catalog.MajorVersionPublished} so other features can alert the people concerned.
 */
package org.partneracademy.catalog;
