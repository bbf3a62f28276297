/** Catalog pages: browsing and enrolling for learners, drafting and publishing for the vendor admin. */
package org.partneracademy.web.catalog;
