/**
 * The benchmark tier: a scale-data generator (2,000 partners, 100,000 learners, 1,000,000 registrations)
 * and a page benchmark that measures p95 response times at 20 concurrent users against the real EAR.
 * Run by the Maven profiles {@code scale-data} and {@code benchmark}; never part of the test command.
 */
package org.partneracademy.benchmark;
