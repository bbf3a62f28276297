package org.partneracademy.web.trainer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.trainer.CandidacyView;
import org.partneracademy.trainer.TrainerCandidacies;

/** The trainer's own progress through the candidacy steps, per course. */
@Named
@ViewScoped
public class MyProgressBean implements Serializable {

    @Inject
    TrainerCandidacies candidacies;

    private List<CandidacyView> mine;

    public List<CandidacyView> getCandidacies() {
        if (mine == null) {
            mine = candidacies.mine();
        }
        return mine;
    }
}
