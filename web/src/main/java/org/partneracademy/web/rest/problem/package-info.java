/**
 * Exception mappers that turn every error of the API into an RFC 9457 problem document, naming the
 * invalid fields of a request body and never leaking exception text.
 */
package org.partneracademy.web.rest.problem;
