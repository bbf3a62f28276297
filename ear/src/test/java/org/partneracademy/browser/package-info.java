/**
 * Browser tests: headless Chromium drives the real pages of the deployed EAR through page objects, one per page,
 * named for what a user does there. Every page a test visits is also checked with axe-core for serious and
 * critical WCAG 2.x A/AA violations.
 */
package org.partneracademy.browser;
