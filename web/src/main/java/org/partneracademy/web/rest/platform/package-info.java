/** REST control of the platform itself: moving the clock of a test server forward. */
package org.partneracademy.web.rest.platform;
