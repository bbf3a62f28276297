/** The catalog over REST: browsing published courses, and drafting and publishing for the vendor admin. */
package org.partneracademy.web.rest.catalog;
