/** JSF beans of trainer authorisations: the trainer's courses, the leaders' actions, the vendor admin's direct grants. */
package org.partneracademy.web.trainer;
