package org.partneracademy.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What an autocomplete offered in one view, and its converter: the browser sends back the picked item's
 * id, found here among the items offered. An id this view never offered (a forged one) is looked up again
 * through a service that applies the user's scope, or is refused with the given message.
 *
 * @param <T> the items offered, each known by a numeric id
 */
public final class Suggestions<T> implements Converter<T>, Serializable {

    /** Looks an item up by id in the user's scope; empty when the user may not pick it. */
    public interface Lookup<T> extends LongFunction<Optional<T>>, Serializable {
    }

    /** An item's id. */
    public interface Id<T> extends Function<T, Long>, Serializable {
    }

    private final Map<Long, T> offered = new HashMap<>();
    private final Id<T> id;
    private final Lookup<T> lookup;
    private final String unknownMessage;

    /**
     * @param unknownMessage the message key shown for an id that was neither offered nor found
     */
    public Suggestions(Id<T> id, Lookup<T> lookup, String unknownMessage) {
        this.id = id;
        this.lookup = lookup;
        this.unknownMessage = unknownMessage;
    }

    /** Remembers the items offered for what the user typed, and returns them. */
    public List<T> offer(List<T> items) {
        items.forEach(item -> offered.put(id.apply(item), item));
        return items;
    }

    /** Forgets what was offered (after a change that may have made it stale): a pick is then looked up again. */
    public void forget() {
        offered.clear();
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long key = Long.parseLong(value.strip());
            var item = offered.get(key);
            return item != null ? item : lookup.apply(key).orElseThrow(() -> unknown(context));
        } catch (NumberFormatException notAnId) {
            throw unknown(context);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T item) {
        return item == null ? "" : String.valueOf(id.apply(item));
    }

    private ConverterException unknown(FacesContext context) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(context, unknownMessage), null));
    }
}
