/** The learner's sessions page: upcoming instructor-led sessions as a list and a calendar, and enrolling. */
package org.partneracademy.web.session;
