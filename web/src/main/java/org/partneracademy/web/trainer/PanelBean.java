package org.partneracademy.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.trainer.panel.ObservedDeliveries;
import org.partneracademy.trainer.panel.PanelViews.ObservedDeliveryView;
import org.partneracademy.web.shell.Messages;

/** leader/panel.xhtml?delivery=: members, who signed, every sign-off with its scores, and the verdict. */
@Named
@ViewScoped
public class PanelBean implements Serializable {

    @Inject
    ObservedDeliveries deliveries;

    private Long delivery;
    private ObservedDeliveryView view;

    public void load() {
        try {
            view = deliveries.observedDelivery(delivery == null ? -1 : delivery);
        } catch (DomainException refused) {
            Messages.refused(FacesContext.getCurrentInstance(), refused);
        }
    }

    public Long getDelivery() {
        return delivery;
    }

    public void setDelivery(Long delivery) {
        this.delivery = delivery;
    }

    public ObservedDeliveryView getView() {
        return view;
    }
}
