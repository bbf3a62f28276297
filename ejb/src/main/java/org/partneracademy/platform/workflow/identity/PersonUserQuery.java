package org.partneracademy.platform.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

class PersonUserQuery extends UserQueryImpl {

    private final transient PersonDirectory directory;

    PersonUserQuery(PersonDirectory directory) {
        this.directory = directory;
    }

    PersonUserQuery(PersonDirectory directory, CommandExecutor executor) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching().size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return Matching.page(matching(), page);
    }

    private List<User> matching() {
        return directory.activeMembers().stream()
                .filter(m -> Matching.equalOrUnset(getId(), m.username()) && Matching.inOrUnset(getIds(), m.username()))
                .filter(m -> Matching.equalOrUnset(getFirstName(), m.firstName()) && Matching.likeOrUnset(getFirstNameLike(), m.firstName()))
                .filter(m -> Matching.equalOrUnset(getLastName(), m.lastName()) && Matching.likeOrUnset(getLastNameLike(), m.lastName()))
                .filter(m -> Matching.equalOrUnset(getEmail(), m.email()) && Matching.likeOrUnset(getEmailLike(), m.email()))
                .filter(m -> getGroupId() == null || m.roles().contains(getGroupId()))
                .filter(m -> getTenantId() == null)
                .map(PersonUserQuery::toUser)
                .toList();
    }

    static User toUser(PersonDirectory.Member member) {
        var user = new UserEntity(member.username());
        user.setFirstName(member.firstName());
        user.setLastName(member.lastName());
        user.setEmail(member.email());
        return user;
    }
}
