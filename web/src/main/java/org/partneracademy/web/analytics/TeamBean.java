package org.partneracademy.web.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.analytics.TeamMemberView;
import org.partneracademy.analytics.TeamProgress;
import org.partneracademy.analytics.TeamSearch;
import org.partneracademy.analytics.TeamSort;
import org.partneracademy.partner.LocationView;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.paging.SortDirection;
import org.partneracademy.web.shell.DatabasePagedModel;

/** "My team": the partner admin's people and their progress, searched and paged by the database. */
@Named
@ViewScoped
public class TeamBean implements Serializable {

    @Inject
    TeamProgress teamProgress;

    @Inject
    PeopleService peopleService;

    private String text;
    private Long locationId;
    private List<LocationView> locations;

    private final DatabasePagedModel<TeamMemberView> team = new DatabasePagedModel<>() {
        @Override
        protected Page<TeamMemberView> fetch(PageRequest page, String sortField, boolean descending) {
            try {
                return teamProgress.myTeam(new TeamSearch(text, locationId, sortOf(sortField),
                        descending ? SortDirection.DESC : SortDirection.ASC, page));
            } catch (ConstraintViolationException invalid) {
                // Only an over-long search text gets here, which the field's maxlength already prevents.
                return Page.of(List.of(), 0, page);
            }
        }

        @Override
        protected String keyOf(TeamMemberView member) {
            return String.valueOf(member.id());
        }
    };

    @PostConstruct
    void load() {
        locations = peopleService.visibleLocations();
    }

    /** The columns' field attributes are the sort's names. */
    private static TeamSort sortOf(String field) {
        if (field == null) {
            return TeamSort.NAME;
        }
        try {
            return TeamSort.valueOf(field);
        } catch (IllegalArgumentException e) {
            return TeamSort.NAME;
        }
    }

    public void search() {
        // The fields are bound; the table reloads (from its first page) when the page updates it.
    }

    public DatabasePagedModel<TeamMemberView> getTeam() {
        return team;
    }

    public List<LocationView> getLocations() {
        return locations;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }
}
