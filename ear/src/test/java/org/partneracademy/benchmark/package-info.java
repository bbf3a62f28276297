/**
 * The benchmark tier, never part of the test command: the scale-data generator (2,000 partners, 100,000
 * learners, 1,000,000 registrations) and the benchmarks of the Maven profiles {@code benchmark} (page p95s
 * at 20 concurrent users), {@code benchmark-enrollment} (enrollments/s against raw inserts and two bare
 * Camunda engines, one of them deployed into the server in a WAR of its own, never in the EAR) and
 * {@code benchmark-statements} (settlement statements and reports against their hand-written SQL).
 */
package org.partneracademy.benchmark;
