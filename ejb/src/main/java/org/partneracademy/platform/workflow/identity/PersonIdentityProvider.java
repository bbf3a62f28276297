package org.partneracademy.platform.workflow.identity;

import java.util.function.BiPredicate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Camunda's identity service answered from the application's people. Read-only, which also disables
 * the Camunda admin app's "create the first administrator" setup page. Password checks (Cockpit's
 * sign-in) succeed only for active vendor admins.
 */
class PersonIdentityProvider implements ReadOnlyIdentityProvider {

    private final PersonDirectory directory;
    private final BiPredicate<char[], String> passwordVerifier;

    PersonIdentityProvider(PersonDirectory directory, BiPredicate<char[], String> passwordVerifier) {
        this.directory = directory;
        this.passwordVerifier = passwordVerifier;
    }

    @Override
    public User findUserById(String userId) {
        return createUserQuery().userId(userId).singleResult();
    }

    @Override
    public UserQuery createUserQuery() {
        return new PersonUserQuery(directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PersonUserQuery(directory);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: people live in the application");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || password.isEmpty()) {
            return false;
        }
        return directory.vendorAdminPasswordHash(userId)
                .map(hash -> passwordVerifier.test(password.toCharArray(), hash))
                .orElse(false);
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery().groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new RoleGroupQuery(directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new RoleGroupQuery(directory);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
