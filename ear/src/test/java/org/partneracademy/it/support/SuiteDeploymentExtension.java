package org.partneracademy.it.support;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link SuiteDeployment} with Arquillian (META-INF/services). {@code -Dit.deployPerClass=true}
 * turns it off: every test class deploys and undeploys the EAR itself again (slower; for telling whether
 * a failure depends on a fresh deployment).
 */
public class SuiteDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (!Boolean.getBoolean("it.deployPerClass")) {
            builder.observer(SuiteDeployment.class);
        }
    }
}
