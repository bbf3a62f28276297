package org.partneracademy.bpmn;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Stands in for a delegate bean of the application: does what the test says and notes the call by name. */
final class DelegateRecorder {

    private DelegateRecorder() {
    }

    static void register(String name, Consumer<DelegateExecution> behaviour, List<String> calls) {
        Mocks.register(name, (JavaDelegate) execution -> {
            calls.add(name);
            behaviour.accept(execution);
        });
    }
}
