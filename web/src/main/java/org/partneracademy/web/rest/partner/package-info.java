/** People over REST: oneself, and the people a partner admin or the vendor admin administers. */
package org.partneracademy.web.rest.partner;
