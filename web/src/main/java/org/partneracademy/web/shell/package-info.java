/** The application shell: sign-in and sign-out, the landing page per role, and page-level messages. */
package org.partneracademy.web.shell;
