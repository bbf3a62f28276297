package org.partneracademy.platform.workflow.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;

class RoleGroupQuery extends GroupQueryImpl {

    static final String GROUP_TYPE = "APPLICATION_ROLE";

    private final transient PersonDirectory directory;

    RoleGroupQuery(PersonDirectory directory) {
        this.directory = directory;
    }

    RoleGroupQuery(PersonDirectory directory, CommandExecutor executor) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching().size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return Matching.page(matching(), page);
    }

    private List<Group> matching() {
        var rolesOfUser = getUserId() == null ? null : directory.activeMembers().stream()
                .filter(m -> m.username().equals(getUserId())).findFirst()
                .map(PersonDirectory.Member::roles).orElse(new TreeSet<>());
        return PersonDirectory.roleNames().entrySet().stream()
                .filter(role -> Matching.equalOrUnset(getId(), role.getKey()) && Matching.inOrUnset(getIds(), role.getKey()))
                .filter(role -> Matching.equalOrUnset(getName(), role.getValue()) && Matching.likeOrUnset(getNameLike(), role.getValue()))
                .filter(role -> Matching.equalOrUnset(getType(), GROUP_TYPE))
                .filter(role -> rolesOfUser == null || rolesOfUser.contains(role.getKey()))
                .filter(role -> getTenantId() == null)
                .map(RoleGroupQuery::toGroup)
                .toList();
    }

    static Group toGroup(Map.Entry<String, String> role) {
        var group = new GroupEntity(role.getKey());
        group.setName(role.getValue());
        group.setType(GROUP_TYPE);
        return group;
    }
}
