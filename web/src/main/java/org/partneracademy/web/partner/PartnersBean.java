package org.partneracademy.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.partner.PartnerDirectory;
import org.partneracademy.partner.PartnerView;

/** The vendor admin's partner directory. */
@Named
@ViewScoped
public class PartnersBean implements Serializable {

    @Inject
    PartnerDirectory directory;

    private List<PartnerView> partners;

    @PostConstruct
    void load() {
        partners = directory.partners();
    }

    public List<PartnerView> getPartners() {
        return partners;
    }
}
