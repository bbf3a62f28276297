/** REST resources of partner certification objectives, their live status, tier proposals and the stage-2 figures. */
package org.partneracademy.web.rest.objective;
