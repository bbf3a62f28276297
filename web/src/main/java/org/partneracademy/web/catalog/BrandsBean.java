package org.partneracademy.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.catalog.BrandChange;
import org.partneracademy.catalog.BrandService;
import org.partneracademy.catalog.BrandView;
import org.partneracademy.catalog.NewBrand;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's brands / product lines: the list, and one form that adds a brand or renames one. */
@Named
@ViewScoped
public class BrandsBean implements Serializable {

    @Inject
    BrandService brandService;

    private List<BrandView> brands;
    /** The brand being renamed; null while the form adds a new one. */
    private Long editing;
    private String code;
    private String name;

    @PostConstruct
    void load() {
        brands = brandService.brands();
    }

    public void edit(BrandView brand) {
        editing = brand.id();
        code = brand.code();
        name = brand.name();
    }

    public void cancel() {
        editing = null;
        code = null;
        name = null;
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var saved = editing == null ? brandService.create(new NewBrand(code, name))
                    : brandService.rename(editing, new BrandChange(name));
            Messages.info(facesContext, Messages.text(facesContext, "brands.saved") + " " + saved.name());
            cancel();
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public List<BrandView> getBrands() {
        return brands;
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
}
