package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A view's state in the URL's query, so a copied link reopens the same view
 * ({@code graph?region=15085&kind=EXCHANGE}). Each field (or other value) is bound to one parameter;
 * {@link #read(BeforeEnterEvent)} sets them all from the URL on navigation, and a change by the user
 * rewrites the query with the browser's {@code history.replaceState}, without navigating: the view is
 * not entered again and keeps its picture, and the back button leads to the page before the view.
 *
 * <pre>{@code
 * url.bind("region", region, UrlParameter.of(RegionRef::ags, this::findRegion))
 *    .bind("phase", phase, UrlParameter.code(LifePhase::ofCode));
 * public void beforeEnter(BeforeEnterEvent event) { url.read(event); refresh(); }
 * }</pre>
 *
 * The query is written once per round trip, after every listener ran, from all bindings; so a listener that clears other fields (one scope at a time in the network picture)
 * needs no extra call. Values changed in code outside a user's change are written only after
 * {@link #changed()}.
 */
public final class UrlState {

    private final Component view;
    private final List<Binding> bindings = new ArrayList<>();
    private String path;
    private boolean reading;
    private boolean writePending;

    /**
     * @param view the view whose UI writes the URL
     * @param path the route, used until the first {@link #read} tells the path the view was entered by
     */
    public UrlState(Component view, String path) {
        this.view = view;
        this.path = path;
    }

    /** Binds a field: read from the URL on navigation, written when the user changes it. */
    public <T> UrlState bind(String name, HasValue<?, T> field, UrlParameter<T> parameter) {
        bindings.add(new Binding(name, () -> parameter.format(field.getValue()), text -> {
            var known = text == null ? Optional.<T>empty() : parameter.known(text);
            T value = known.isPresent() ? known.get() : parameter.parse(null);
            field.setValue(value == null ? field.getEmptyValue() : value);
            return text == null || known.isPresent();
        }));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        return this;
    }

    /**
     * Binds a value that is not a field (the clicked actor of a picture): {@code get} gives the
     * parameter's text or null, {@code set} takes it (null when missing). Call {@link #changed()}
     * after changing it.
     */
    public UrlState bind(String name, Supplier<@Nullable String> get, Consumer<@Nullable String> set) {
        bindings.add(new Binding(name, get, text -> {
            set.accept(text);
            return true;
        }));
        return this;
    }

    /**
     * Sets every binding from the URL the view is entered by; nothing is written meanwhile.
     *
     * @return the parameters whose text names nothing known (a deleted chain, a mistyped AGS), by
     *     name, so the view can say so; their fields are left at their default
     */
    public Map<String, String> read(BeforeEnterEvent event) {
        return read(event.getLocation());
    }

    /** Sets every binding, in the order bound, from the location's query; see {@link #read(BeforeEnterEvent)}. */
    public Map<String, String> read(Location location) {
        path = location.getPath();
        var query = location.getQueryParameters();
        Map<String, String> unknown = new LinkedHashMap<>();
        reading = true;
        try {
            for (var binding : bindings) {
                String text = query.getSingleParameter(binding.name())
                        .filter(v -> !v.isBlank())
                        .map(String::strip)
                        .orElse(null);
                if (!binding.set().apply(text) && text != null) {
                    unknown.put(binding.name(), text);
                }
            }
        } finally {
            reading = false;
        }
        return unknown;
    }

    /** Whether {@link #read} is setting the fields now: listeners can tell the URL's changes from the user's. */
    public boolean reading() {
        return reading;
    }

    /** The state changed: the URL is rewritten once, at the end of this round trip. */
    public void changed() {
        if (reading || writePending) {
            return;
        }
        view.getUI().ifPresent(ui -> {
            writePending = true;
            ui.beforeClientResponse(view, context -> {
                writePending = false;
                ui.getPage().getHistory().replaceState(null, location());
            });
        });
    }

    /** The current state as a location: the view's path with its non-empty parameters. */
    public Location location() {
        return new Location(path, parameters());
    }

    /**
     * The current state's query parameters, empty values and defaults left out. (Vaadin's
     * {@code QueryParameters} keeps no order, so neither does the URL, as before.)
     */
    public QueryParameters parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        for (var binding : bindings) {
            String text = binding.get().get();
            if (text != null && !text.isBlank()) {
                values.put(binding.name(), text);
            }
        }
        return QueryParameters.simple(values);
    }

    private record Binding(String name, Supplier<@Nullable String> get, Function<@Nullable String, Boolean> set) {}
}
