/**
 * Sign-in for browsers (form login) and API clients (HTTP Basic) against one identity store: the
 * {@code person} table with PBKDF2 password hashes. Also hands the signed-in user to the workflow engine.
 */
package org.partneracademy.web.security;
