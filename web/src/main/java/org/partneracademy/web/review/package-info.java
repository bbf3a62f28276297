/** Pages of the statement review: the partner admin's statement page and finance's dispute desk. */
package org.partneracademy.web.review;
