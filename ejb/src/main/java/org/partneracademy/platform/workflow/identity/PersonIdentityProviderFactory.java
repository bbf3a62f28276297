package org.partneracademy.platform.workflow.identity;

import java.util.function.BiPredicate;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Plugs {@link PersonIdentityProvider} into the engine in place of Camunda's own identity tables. */
public class PersonIdentityProviderFactory implements SessionFactory {

    private final PersonDirectory directory;
    private final BiPredicate<char[], String> passwordVerifier;

    public PersonIdentityProviderFactory(DataSource dataSource, BiPredicate<char[], String> passwordVerifier) {
        this.directory = new PersonDirectory(dataSource);
        this.passwordVerifier = passwordVerifier;
    }

    @Override
    public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new PersonIdentityProvider(directory, passwordVerifier);
    }
}
