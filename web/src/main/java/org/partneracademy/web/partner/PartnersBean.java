package org.partneracademy.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.partner.PartnerDetails;
import org.partneracademy.partner.PartnerDirectory;
import org.partneracademy.partner.PartnerService;
import org.partneracademy.partner.PartnerType;
import org.partneracademy.partner.PartnerView;
import org.partneracademy.partner.TierService;
import org.partneracademy.partner.TierView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's partner directory and the "new partner" form, which leads on to the new partner's page. */
@Named
@ViewScoped
public class PartnersBean implements Serializable {

    @Inject
    PartnerDirectory directory;

    @Inject
    PartnerService partnerService;

    @Inject
    TierService tierService;

    private String searchText;

    private final DatabasePagedModel<PartnerView> partners = new DatabasePagedModel<>() {
        @Override
        protected Page<PartnerView> fetch(PageRequest page, String sortField, boolean descending) {
            return directory.partners(searchText, page);
        }

        @Override
        protected String keyOf(PartnerView partner) {
            return String.valueOf(partner.id());
        }
    };
    private List<TierView> tiers;
    private String name;
    private PartnerType type;
    private String tier;

    @PostConstruct
    void load() {
        tiers = tierService.tiers();
    }

    /** Creates the partner and opens its page, where locations and agreements are added. */
    public String create() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var created = partnerService.create(new PartnerDetails(name, type, tier));
            facesContext.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(facesContext, Messages.text(facesContext, "partners.created") + " " + created.name());
            return "/admin/partner?faces-redirect=true&id=" + created.id();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
        return null;
    }

    public DatabasePagedModel<PartnerView> getPartners() {
        return partners;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public List<TierView> getTiers() {
        return tiers;
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }
}
