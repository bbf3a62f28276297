/**
 * Delivery standards (the rubric a course family's trainers are judged against), observed deliveries
 * (teach-backs) with their panel of training leaders, and the panel's sign-offs: immutable, corrected only
 * by new linked rows, guarded by segregation of duties. The verdict is announced as
 * {@link org.partneracademy.trainer.PanelDecided}.
 */
package org.partneracademy.trainer.panel;
