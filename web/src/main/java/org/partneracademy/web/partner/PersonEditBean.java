package org.partneracademy.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.partner.PersonChange;
import org.partneracademy.partner.PersonView;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.shell.Messages;

/**
 * The "Edit person" dialog of the People page: position, persona, manager, locations, roles and, for
 * admins of the whole partner editing a partner admin, the locations that admin administers.
 */
@Named
@ViewScoped
public class PersonEditBean implements Serializable {

    @Inject
    PeopleService peopleService;

    @Inject
    PeopleBean peopleBean;

    private PersonView person;
    private Position position;
    private String persona;
    private PersonView manager;
    private Long[] locationIds;
    private Role[] roles;
    private Long[] administeredLocationIds;
    private Boolean wholePartner;

    public void edit(PersonView chosen) {
        person = chosen;
        position = chosen.position();
        persona = chosen.persona();
        manager = chosen.managerId() == null ? null : peopleService.person(chosen.managerId());
        locationIds = chosen.locationIds().toArray(Long[]::new);
        roles = chosen.roles().toArray(Role[]::new);
        administeredLocationIds = chosen.administeredLocationIds().toArray(Long[]::new);
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            // Administered locations are sent only where the form offers them; null leaves them as they are.
            var administered = isScopeEditable() ? setOf(administeredLocationIds) : null;
            var saved = peopleService.update(person.id(), new PersonChange(position, persona, manager == null ? null : manager.id(),
                    setOf(locationIds), setOf(roles), administered));
            Messages.info(facesContext, Messages.text(facesContext, "people.saved") + " " + saved.username());
            person = null;
            peopleBean.refresh();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    /** Whether the dialog offers the administered locations: to whole-partner admins, for a partner admin. */
    public boolean isScopeEditable() {
        if (wholePartner == null) {
            wholePartner = peopleService.administersWholePartner();
        }
        return wholePartner && person != null && person.roles().contains(Role.PARTNER_ADMIN);
    }

    private static <T> Set<T> setOf(T[] values) {
        return values == null ? Set.of() : Arrays.stream(values).collect(Collectors.toSet());
    }

    public PersonView getPerson() {
        return person;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public String getPersona() {
        return persona;
    }

    public void setPersona(String persona) {
        this.persona = persona;
    }

    public PersonView getManager() {
        return manager;
    }

    public void setManager(PersonView manager) {
        this.manager = manager;
    }

    public Long[] getLocationIds() {
        return locationIds;
    }

    public void setLocationIds(Long[] locationIds) {
        this.locationIds = locationIds;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public Long[] getAdministeredLocationIds() {
        return administeredLocationIds;
    }

    public void setAdministeredLocationIds(Long[] administeredLocationIds) {
        this.administeredLocationIds = administeredLocationIds;
    }
}
