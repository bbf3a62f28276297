/**
 * Paging and searching shared by every large list: the page asked for (validated, at most 100 rows),
 * the page answered with its total, and search text made safe for LIKE.
 */
package org.partneracademy.platform.paging;
