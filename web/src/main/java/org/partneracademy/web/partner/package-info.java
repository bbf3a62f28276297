/** Partner administration pages: the partner admin's own people. */
package org.partneracademy.web.partner;
