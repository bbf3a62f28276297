package org.partneracademy.web.trainer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.trainer.panel.PanelViews.SignoffView;
import org.partneracademy.trainer.panel.SignOffs;

/** leader/decisions.xhtml: the leader's sign-offs and corrections, newest first. */
@Named
@ViewScoped
public class DecisionsBean implements Serializable {

    @Inject
    SignOffs signOffs;

    private List<SignoffView> signoffs;

    @PostConstruct
    void load() {
        signoffs = signOffs.mine();
    }

    public List<SignoffView> getSignoffs() {
        return signoffs;
    }
}
