/** REST of the statement review: the partner admin's confirmation and disputes, finance's answers, the hash check. */
package org.partneracademy.web.rest.review;
