package org.partneracademy.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.partner.PersonView;

@Named
@ViewScoped
public class PeopleBean implements Serializable {

    @Inject
    PeopleService peopleService;

    private List<PersonView> people;

    @PostConstruct
    void load() {
        people = peopleService.visiblePeople();
    }

    public List<PersonView> getPeople() {
        return people;
    }
}
