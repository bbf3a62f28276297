/** Progress pages: a partner admin's "My team" and the vendor admin's progress dashboard with its charts. */
package org.partneracademy.web.analytics;
