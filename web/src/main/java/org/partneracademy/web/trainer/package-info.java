/**
 * JSF pages of the trainer panel: the leaders' sign-off inbox, the rubric form with the candidate's
 * history, the panel view, the leader's decisions history, and the vendor admin's delivery standards.
 */
package org.partneracademy.web.trainer;
