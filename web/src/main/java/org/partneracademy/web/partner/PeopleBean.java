package org.partneracademy.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.partner.LocationView;
import org.partneracademy.partner.NewPerson;
import org.partneracademy.partner.PeopleImport;
import org.partneracademy.partner.PeopleSearch;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.partner.PersonView;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.RejectedRowsException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.paging.SortDirection;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;
import org.partneracademy.web.shell.Suggestions;
import org.primefaces.model.file.UploadedFile;

/**
 * The partner admin's people: the list with deactivation, the "add person" form and the CSV import.
 * The services decide who may be added, with which roles and by whom, and what makes a good file;
 * this bean only collects the form or the file and reports the service's answer.
 */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    /** The roles a partner's person can hold; the service refuses any other, so the form does not offer them. */
    private static final List<Role> PARTNER_ROLES = List.of(Role.LEARNER, Role.TRAINER, Role.PARTNER_ADMIN);

    @Inject
    PeopleService peopleService;

    @Inject
    PeopleImport peopleImport;

    /** Choices of manager offered at most at once; typing more narrows them. */
    private static final int MANAGER_CHOICES = 10;

    private List<LocationView> locations;
    private String searchText;
    private Long searchLocationId;
    /**
     * The managers the autocomplete offered, and its converter. One not offered in this view (a forged id)
     * is looked up through the scoped service, where anyone outside the admin's partner is "not found".
     */
    private final Suggestions<PersonView> managers = new Suggestions<>(PersonView::id, this::personInScope,
            "people.unknownManager");

    private final DatabasePagedModel<PersonView> people = new DatabasePagedModel<>() {
        @Override
        protected Page<PersonView> fetch(PageRequest page, String sortField, boolean descending) {
            try {
                return peopleService.peoplePage(new PeopleSearch(searchText, searchLocationId, sortOf(sortField),
                        descending ? SortDirection.DESC : SortDirection.ASC, page));
            } catch (ConstraintViolationException invalid) {
                // Only an over-long search text gets here, which the field's maxlength already prevents.
                return Page.of(List.of(), 0, page);
            }
        }

        @Override
        protected String keyOf(PersonView person) {
            return String.valueOf(person.id());
        }
    };

    private String username;
    private String displayName;
    private String email;
    private Position position;
    private String persona;
    private PersonView manager;
    // Arrays, not lists: JSF converts the checked values by the array's element type, and a generic
    // List<Long> would arrive holding the submitted strings.
    private Long[] locationIds;
    private Role[] roles;
    private String initialPassword;
    // Transient: the upload belongs to the one request that carries it, and is not serializable.
    private transient UploadedFile csvFile;

    @PostConstruct
    void load() {
        locations = peopleService.visibleLocations();
    }

    /** The manager choices for what the admin typed: active people of the admin's own scope. */
    public List<PersonView> completeManager(String text) {
        return managers.offer(peopleService.managerCandidates(text, MANAGER_CHOICES));
    }

    private Optional<PersonView> personInScope(long id) {
        try {
            return Optional.of(peopleService.person(id));
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }

    public void search() {
        // The fields are bound; the list reloads from its first page when the page updates it.
    }

    public void create() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var created = peopleService.create(new NewPerson(null, username, displayName, email, position, persona,
                    manager == null ? null : manager.id(), setOf(locationIds), setOf(roles), initialPassword));
            Messages.info(facesContext, Messages.text(facesContext, "people.added") + " " + created.username());
            resetForm();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        } finally {
            // Never kept between requests, whatever the outcome; p:password does not show it again anyway.
            initialPassword = null;
        }
    }

    public void deactivate(PersonView person) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            peopleService.deactivate(person.id());
            Messages.info(facesContext, Messages.text(facesContext, "people.deactivated") + " " + person.username());
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
        // The list reloads from the database when the page re-renders it, also after a refusal.
    }

    /** Imports the uploaded file for the admin's own partner (null): all its people, or none and every problem. */
    public void importCsv() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            // No file chosen is an empty file to the service, which then says so itself.
            byte[] content = csvFile == null ? new byte[0] : csvFile.getContent();
            var result = peopleImport.importCsv(content, null);
            Messages.info(facesContext, Messages.format(facesContext, "people.imported", result.created()));
        } catch (RejectedRowsException rejected) {
            Messages.rejected(facesContext, rejected);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        } finally {
            // The file may hold initial passwords: never kept beyond this request.
            csvFile = null;
        }
    }

    /** The person's roles in a stable order (most basic first), not the set's arbitrary one. */
    public List<Role> rolesOf(PersonView person) {
        return person.roles().stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** After a change made elsewhere on the page (the edit dialog): the lazy list reads afresh when rendered. */
    public void refresh() {
        managers.forget();
    }

    private void resetForm() {
        username = null;
        displayName = null;
        email = null;
        position = null;
        persona = null;
        manager = null;
        locationIds = null;
        roles = null;
        initialPassword = null;
    }

    /** Nothing checked arrives as null or an empty array; the service's own check then names the field. */
    private static <T> Set<T> setOf(T[] values) {
        return values == null ? Set.of() : Arrays.stream(values).collect(Collectors.toSet());
    }

    private static PeopleSearch.Sort sortOf(String field) {
        if (field == null) {
            return PeopleSearch.Sort.NAME;
        }
        try {
            return PeopleSearch.Sort.valueOf(field);
        } catch (IllegalArgumentException e) {
            return PeopleSearch.Sort.NAME;
        }
    }

    public DatabasePagedModel<PersonView> getPeople() {
        return people;
    }

    public Converter<PersonView> getManagerConverter() {
        return managers;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public Long getSearchLocationId() {
        return searchLocationId;
    }

    public void setSearchLocationId(Long searchLocationId) {
        this.searchLocationId = searchLocationId;
    }

    public List<LocationView> getLocations() {
        return locations;
    }

    public List<Position> getPositions() {
        return Position.atPartners();
    }

    public List<Role> getPartnerRoles() {
        return PARTNER_ROLES;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public UploadedFile getCsvFile() {
        return csvFile;
    }

    public void setCsvFile(UploadedFile csvFile) {
        this.csvFile = csvFile;
    }
}
