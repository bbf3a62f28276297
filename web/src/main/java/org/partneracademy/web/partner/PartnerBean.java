package org.partneracademy.web.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.partner.AgreementService;
import org.partneracademy.partner.AgreementTerms;
import org.partneracademy.partner.AgreementView;
import org.partneracademy.partner.PartnerDetails;
import org.partneracademy.partner.PartnerProfile;
import org.partneracademy.partner.PartnerService;
import org.partneracademy.partner.PartnerType;
import org.partneracademy.partner.TierService;
import org.partneracademy.partner.TierView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.web.shell.Messages;

/**
 * One partner for the vendor admin (admin/partner.xhtml?id=N): its profile (name, type, tier), its
 * agreements with one form that adds or revises one, and its locations ({@link LocationEditorBean}).
 */
@Named
@ViewScoped
public class PartnerBean implements Serializable {

    @Inject
    PartnerService partnerService;

    @Inject
    AgreementService agreementService;

    @Inject
    TierService tierService;

    @Inject
    LocationEditorBean locationEditor;

    private Long id;
    private PartnerProfile partner;
    private List<TierView> tiers;

    private String name;
    private PartnerType type;
    private String tier;

    /** The agreement being revised; null while the form adds a new one. */
    private Long editingAgreement;
    private AgreementModel model;
    private LocalDate validFrom;
    private LocalDate validTo;
    private BigDecimal discountPercent;
    private BigDecimal annualFee;
    private BigDecimal dayRate;
    private BigDecimal revenueSharePercent;

    private BigDecimal shadowBillingPercent = AgreementTerms.DEFAULT_SHADOW_BILLING_PERCENT;

    private BigDecimal coDeliveryBillingPercent = AgreementTerms.DEFAULT_CO_DELIVERY_BILLING_PERCENT;

    private Integer designatedTrainers;
    private String currency;

    /** The page's view action: a missing or unknown id shows "not found" instead of the partner. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            partner = partnerService.profile(id);
            tiers = tierService.tiers();
            name = partner.name();
            type = partner.type();
            tier = partner.tier();
            locationEditor.forPartner(id);
        } catch (NotFoundException missing) {
            partner = null;
        }
    }

    public void saveProfile() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            partner = partnerService.update(id, new PartnerDetails(name, type, tier));
            Messages.info(facesContext, Messages.text(facesContext, "partner.saved") + " " + partner.name());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void editAgreement(AgreementView agreement) {
        editingAgreement = agreement.id();
        model = agreement.model();
        validFrom = agreement.validFrom();
        validTo = agreement.validTo();
        discountPercent = agreement.discountPercent();
        annualFee = agreement.annualFee();
        dayRate = agreement.dayRate();
        revenueSharePercent = agreement.revenueSharePercent();
        currency = agreement.currency();
        shadowBillingPercent = agreement.shadowBillingPercent();
        coDeliveryBillingPercent = agreement.coDeliveryBillingPercent();
        designatedTrainers = agreement.designatedTrainers();
    }

    public void cancelAgreement() {
        editingAgreement = null;
        model = null;
        validFrom = null;
        validTo = null;
        clearTerms();
        shadowBillingPercent = AgreementTerms.DEFAULT_SHADOW_BILLING_PERCENT;
        coDeliveryBillingPercent = AgreementTerms.DEFAULT_CO_DELIVERY_BILLING_PERCENT;
        designatedTrainers = null;
    }

    /** A term the chosen model does not use is hidden on the form and must not be sent either. */
    public void modelChanged() {
        var keep = new AgreementTerms(model, null, null, discountPercent, annualFee, dayRate, revenueSharePercent, currency,
                null, null, null);
        clearTerms();
        if (model != null) {
            switch (model) {
                case RESELLER -> discountPercent = keep.discountPercent();
                case CONTENT_LICENSING -> {
                    annualFee = keep.annualFee();
                    currency = keep.currency();
                }
                case PAY_PER_DELIVERY -> {
                    dayRate = keep.dayRate();
                    currency = keep.currency();
                }
                case REVENUE_SHARE -> revenueSharePercent = keep.revenueSharePercent();
            }
        }
    }

    public void saveAgreement() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var terms = new AgreementTerms(model, validFrom, validTo, discountPercent, annualFee, dayRate,
                    revenueSharePercent, currency, shadowBillingPercent, coDeliveryBillingPercent, designatedTrainers);
            var saved = editingAgreement == null ? agreementService.add(id, terms)
                    : agreementService.revise(id, editingAgreement, terms);
            Messages.info(facesContext, Messages.format(facesContext, "agreement.saved",
                    Messages.text(facesContext, "agreement.model." + saved.model()), String.valueOf(saved.validFrom())));
            cancelAgreement();
            partner = partnerService.profile(id);
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    private void clearTerms() {
        discountPercent = null;
        annualFee = null;
        dayRate = null;
        revenueSharePercent = null;
        currency = null;
    }

    public boolean uses(String term) {
        return model != null && switch (model) {
            case RESELLER -> term.equals("discountPercent");
            case CONTENT_LICENSING -> term.equals("annualFee") || term.equals("currency");
            case PAY_PER_DELIVERY -> term.equals("dayRate") || term.equals("currency");
            case REVENUE_SHARE -> term.equals("revenueSharePercent");
        };
    }

    /** The agreement's terms in words, e.g. "20 % off list" or "950.00 EUR per delivery day". */
    public String termsOf(AgreementView agreement) {
        var facesContext = FacesContext.getCurrentInstance();
        String key = "agreement.terms." + agreement.model();
        return switch (agreement.model()) {
            case RESELLER -> Messages.format(facesContext, key, percent(agreement.discountPercent()));
            case CONTENT_LICENSING -> Messages.format(facesContext, key, money(agreement.annualFee()), agreement.currency());
            case PAY_PER_DELIVERY -> Messages.format(facesContext, key, money(agreement.dayRate()), agreement.currency());
            case REVENUE_SHARE -> Messages.format(facesContext, key, percent(agreement.revenueSharePercent()));
        };
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public AgreementModel[] getModels() {
        return AgreementModel.values();
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    public List<TierView> getTiers() {
        return tiers;
    }

    public PartnerProfile getPartner() {
        return partner;
    }

    public boolean isEditingAgreement() {
        return editingAgreement != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public AgreementModel getModel() {
        return model;
    }

    public void setModel(AgreementModel model) {
        this.model = model;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    public BigDecimal getAnnualFee() {
        return annualFee;
    }

    public void setAnnualFee(BigDecimal annualFee) {
        this.annualFee = annualFee;
    }

    public BigDecimal getDayRate() {
        return dayRate;
    }

    public void setDayRate(BigDecimal dayRate) {
        this.dayRate = dayRate;
    }

    public BigDecimal getRevenueSharePercent() {
        return revenueSharePercent;
    }

    public void setRevenueSharePercent(BigDecimal revenueSharePercent) {
        this.revenueSharePercent = revenueSharePercent;
    }

    public BigDecimal getShadowBillingPercent() {
        return shadowBillingPercent;
    }

    public void setShadowBillingPercent(BigDecimal shadowBillingPercent) {
        this.shadowBillingPercent = shadowBillingPercent;
    }

    public BigDecimal getCoDeliveryBillingPercent() {
        return coDeliveryBillingPercent;
    }

    public void setCoDeliveryBillingPercent(BigDecimal coDeliveryBillingPercent) {
        this.coDeliveryBillingPercent = coDeliveryBillingPercent;
    }

    public Integer getDesignatedTrainers() {
        return designatedTrainers;
    }

    public void setDesignatedTrainers(Integer designatedTrainers) {
        this.designatedTrainers = designatedTrainers;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
