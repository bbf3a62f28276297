package org.partneracademy.web.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseStatus;
import org.partneracademy.catalog.CourseTrack;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.catalog.NewOffering;
import org.partneracademy.catalog.NewVersion;
import org.partneracademy.catalog.OfferingKind;
import org.partneracademy.catalog.OfferingPrice;
import org.partneracademy.catalog.OfferingView;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/**
 * One course version for the vendor admin (/admin/course.xhtml?id=): edit it while it is a draft,
 * publish it, draft the next version from it once published, price its offerings, see its versions.
 */
@Named
@ViewScoped
public class CourseEditBean implements Serializable {

    /** One offering's editable price; the form cannot bind to the immutable record. */
    public static class OfferingRow implements Serializable {
        private final OfferingView offering;
        private BigDecimal listPrice;
        private String currency;
        private boolean requiresApproval;
        private Integer freeCancellationDays;

        OfferingRow(OfferingView offering) {
            this.offering = offering;
            this.listPrice = offering.listPrice();
            this.currency = offering.currency();
            this.requiresApproval = offering.requiresApproval();
            this.freeCancellationDays = offering.freeCancellationDays();
        }

        public boolean isRequiresApproval() {
            return requiresApproval;
        }

        public void setRequiresApproval(boolean requiresApproval) {
            this.requiresApproval = requiresApproval;
        }

        public Integer getFreeCancellationDays() {
            return freeCancellationDays;
        }

        public void setFreeCancellationDays(Integer freeCancellationDays) {
            this.freeCancellationDays = freeCancellationDays;
        }

        public OfferingView getOffering() {
            return offering;
        }

        public BigDecimal getListPrice() {
            return listPrice;
        }

        public void setListPrice(BigDecimal listPrice) {
            this.listPrice = listPrice;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }
    }

    @Inject
    CourseService courseService;

    private Long id;
    private CourseView course;
    private List<CourseView> versions = List.of();
    private List<String> brandChoices = List.of();

    private CourseContentForm form = CourseContentForm.blank();
    private List<OfferingRow> offerings = new ArrayList<>();

    private Integer versionMajor;
    private Integer versionMinor;

    private OfferingKind newOfferingKind = OfferingKind.PRIVATE;
    private BigDecimal newOfferingPrice;
    private String newOfferingCurrency = "EUR";

    public void load() {
        if (id == null) {
            return;
        }
        try {
            course = courseService.course(id);
        } catch (DomainException missing) {
            course = null;
            return;
        }
        versions = courseService.versions(id);
        brandChoices = courseService.brandCodes();
        form = CourseContentForm.of(course);
        offerings = new ArrayList<>(course.offerings().stream().map(OfferingRow::new).toList());
        versionMajor = course.versionMajor() + 1;
        versionMinor = 0;
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            courseService.revise(id, form.toDetails());
            Messages.info(facesContext, Messages.text(facesContext, "admin.course.saved"));
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void publish() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            courseService.publish(id);
            Messages.info(facesContext, Messages.text(facesContext, "admin.course.published") + " " + course.code() + " " + course.version());
            load();
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    /** Drafts the next version and opens it. */
    public String draftVersion() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var draft = courseService.draftVersion(id, new NewVersion(versionMajor, versionMinor));
            facesContext.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(facesContext, Messages.text(facesContext, "admin.course.versionDrafted") + " " + draft.version());
            return "/admin/course?faces-redirect=true&id=" + draft.id();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
        return null;
    }

    public void reprice(OfferingRow row) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            courseService.reprice(id, row.getOffering().id(), new OfferingPrice(row.getListPrice(), row.getCurrency(),
                    row.isRequiresApproval(), row.getFreeCancellationDays()));
            Messages.info(facesContext, Messages.text(facesContext, "admin.offering.saved") + " " + row.getOffering().kind());
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void addOffering() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            courseService.addOffering(id, new NewOffering(newOfferingKind, newOfferingPrice, newOfferingCurrency, null, null));
            Messages.info(facesContext, Messages.text(facesContext, "admin.offering.added") + " " + newOfferingKind);
            newOfferingPrice = null;
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public boolean isDraft() {
        return course != null && course.status() == CourseStatus.DRAFT;
    }

    public boolean isPublished() {
        return course != null && course.status() == CourseStatus.PUBLISHED;
    }

    public boolean isRetired() {
        return course != null && course.status() == CourseStatus.RETIRED;
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public CourseTrack[] getTracks() {
        return CourseTrack.values();
    }

    public List<Position> getPositionChoices() {
        return Position.atPartners();
    }

    public OfferingKind[] getOfferingKinds() {
        return OfferingKind.values();
    }

    public List<String> getBrandChoices() {
        return brandChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourseView getCourse() {
        return course;
    }

    public CourseContentForm getForm() {
        return form;
    }

    public List<CourseView> getVersions() {
        return versions;
    }

    public List<OfferingRow> getOfferings() {
        return offerings;
    }

    public Integer getVersionMajor() {
        return versionMajor;
    }

    public void setVersionMajor(Integer versionMajor) {
        this.versionMajor = versionMajor;
    }

    public Integer getVersionMinor() {
        return versionMinor;
    }

    public void setVersionMinor(Integer versionMinor) {
        this.versionMinor = versionMinor;
    }

    public OfferingKind getNewOfferingKind() {
        return newOfferingKind;
    }

    public void setNewOfferingKind(OfferingKind newOfferingKind) {
        this.newOfferingKind = newOfferingKind;
    }

    public BigDecimal getNewOfferingPrice() {
        return newOfferingPrice;
    }

    public void setNewOfferingPrice(BigDecimal newOfferingPrice) {
        this.newOfferingPrice = newOfferingPrice;
    }

    public String getNewOfferingCurrency() {
        return newOfferingCurrency;
    }

    public void setNewOfferingCurrency(String newOfferingCurrency) {
        this.newOfferingCurrency = newOfferingCurrency;
    }
}
