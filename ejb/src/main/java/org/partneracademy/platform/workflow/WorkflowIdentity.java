package org.partneracademy.platform.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;

/**
 * Tells the engine who is acting on this thread: the logged-in user as the Camunda user and their
 * application roles as Camunda groups, so candidate-group tasks ("any TRAINING_LEADER") and the
 * audit of who completed what work without a second identity system.
 */
@ApplicationScoped
public class WorkflowIdentity {

    @Inject
    IdentityService identityService;

    public void actAs(String username, List<String> roles) {
        identityService.setAuthentication(username, roles);
    }

    public void clear() {
        identityService.clearAuthentication();
    }
}
