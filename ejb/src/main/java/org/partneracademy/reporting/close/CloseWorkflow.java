package org.partneracademy.reporting.close;

/** What the close needs of its process (implemented in {@code workflow}): start it for a run. */
public interface CloseWorkflow {

    /** @return the process instance id */
    String start(long runId);
}
