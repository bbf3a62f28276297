package org.partneracademy.web.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.partner.NewTier;
import org.partneracademy.partner.TierChange;
import org.partneracademy.partner.TierService;
import org.partneracademy.partner.TierView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's tiers: the list, and one form that adds a tier or changes the one chosen for editing. */
@Named
@ViewScoped
public class TiersBean implements Serializable {

    @Inject
    TierService tierService;

    private List<TierView> tiers;
    /** The code of the tier being changed; null while the form adds a new one. */
    private String editing;
    private String code;
    private String name;
    private Integer level;

    @PostConstruct
    void load() {
        tiers = tierService.tiers();
    }

    public void edit(TierView tier) {
        editing = tier.code();
        code = tier.code();
        name = tier.name();
        level = tier.level();
    }

    public void cancel() {
        editing = null;
        code = null;
        name = null;
        level = null;
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var saved = editing == null ? tierService.create(new NewTier(code, name, level))
                    : tierService.update(editing, new TierChange(name, level));
            Messages.info(facesContext, Messages.text(facesContext, "tiers.saved") + " " + saved.name());
            cancel();
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public List<TierView> getTiers() {
        return tiers;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }
}
