package org.partneracademy.web.trainer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.trainer.authorisation.AuthorisationService;
import org.partneracademy.trainer.authorisation.AuthorisationView;

/** The courses the signed-in trainer may deliver and until when (teach/authorisations.xhtml). */
@Named
@ViewScoped
public class MyAuthorisationsBean implements Serializable {

    @Inject
    AuthorisationService authorisations;

    private List<AuthorisationView> mine = List.of();

    @PostConstruct
    void load() {
        mine = authorisations.mine();
    }

    public List<AuthorisationView> getAuthorisations() {
        return mine;
    }
}
