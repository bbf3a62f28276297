/**
 * The web module's side of sign-in: the 401 problem page for API clients and the filter that hands the
 * signed-in user to the workflow engine. The authentication mechanism and identity store themselves
 * are in {@code org.partneracademy.platform.security}, visible to every web module of the EAR.
 */
package org.partneracademy.web.security;
