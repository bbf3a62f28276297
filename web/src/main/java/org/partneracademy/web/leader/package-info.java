/** Training leaders' pages: the inbox of sign-off tasks offered to them. */
package org.partneracademy.web.leader;
