package org.partneracademy.benchmark;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The process both bare-engine references start: the enrollment path's wait states and nothing else.
 * Started as the application starts an enrollment: by definition id (looked up once), with a business
 * key and the id as the one variable.
 */
final class BareProcess {

    static final String KEY = "bare";

    private final ProcessEngine engine;
    private final String definitionId;

    private BareProcess(ProcessEngine engine, String definitionId) {
        this.engine = engine;
        this.definitionId = definitionId;
    }

    /**
     * Deploys the model into {@code engine} as a new version.
     *
     * @param waitStates how many message waits the process passes before it would end
     * @param cancellable whether an interrupting message event subprocess listens while it waits
     */
    static BareProcess deploy(ProcessEngine engine, int waitStates, boolean cancellable) {
        var deployment = engine.getRepositoryService().createDeployment()
                .name(KEY)
                .addModelInstance(KEY + ".bpmn", model(waitStates, cancellable))
                .deployWithResult();
        return new BareProcess(engine, deployment.getDeployedProcessDefinitions().get(0).getId());
    }

    /**
     * Start, {@code waitStates} message catch events one after the other, end; when {@code cancellable},
     * an interrupting message event subprocess as well (the enrollment's "cancelled at any point").
     */
    static BpmnModelInstance model(int waitStates, boolean cancellable) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(180)
                .startEvent("started");
        for (int i = 1; i <= waitStates; i++) {
            flow = flow.intermediateCatchEvent("wait" + i).message("Continue" + i);
        }
        var model = flow.endEvent("ended").done();
        if (cancellable) {
            model.<Process>getModelElementById(KEY).builder()
                    .eventSubProcess("cancellation").startEvent("cancelled").message("Cancelled").endEvent("cancelledEnd");
        }
        return model;
    }

    void start(long id) {
        engine.getRuntimeService().startProcessInstanceById(definitionId, String.valueOf(id), Map.of("enrollmentId", id));
    }

    long waitingInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definitionId).active().count();
    }
}
