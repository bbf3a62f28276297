/**
 * The application's people as Camunda's identity: users are active people, groups are the application
 * roles, read-only. Candidate-group tasks and Cockpit see the same users as the application, and only
 * vendor admins may sign in to Cockpit.
 */
package org.partneracademy.platform.workflow.identity;
