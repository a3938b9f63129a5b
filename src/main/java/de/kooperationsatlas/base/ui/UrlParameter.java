package de.kooperationsatlas.base.ui;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How one value of a view is written into a query parameter and read back: {@code region=15085},
 * {@code phase=DAYCARE}, {@code radiusKm=25.0}. A value equal to the default is left out of the URL, and
 * a missing or unreadable parameter gives the default, so an old link with a stale id opens the view
 * as it opens without one instead of failing.
 *
 * @param <T> the field's value type
 */
public final class UrlParameter<T> {

    private final Function<T, String> format;
    private final Function<String, Optional<T>> parse;
    private final Supplier<@Nullable T> defaultValue;

    private UrlParameter(
            Function<T, String> format, Function<String, Optional<T>> parse, Supplier<@Nullable T> defaultValue) {
        this.format = format;
        this.parse = parse;
        this.defaultValue = defaultValue;
    }

    /** A parameter written by {@code format} and read by {@code parse} (empty: unknown text). */
    public static <T> UrlParameter<T> of(Function<T, String> format, Function<String, Optional<T>> parse) {
        return new UrlParameter<>(format, parse, () -> null);
    }

    /** One of the {@code items} (as they are when the URL is read), written by its {@code key}. */
    public static <T> UrlParameter<T> among(Function<T, String> key, Supplier<? extends Collection<T>> items) {
        return of(
                key,
                text -> items.get().stream()
                        .filter(item -> key.apply(item).equals(text))
                        .findFirst());
    }

    /** Text as it is, e.g. a topic or a search. */
    public static UrlParameter<String> text() {
        return of(Function.identity(), Optional::of);
    }

    /** An enum by its constant's name, read with the enum's own lenient lookup ({@code ofCode}). */
    public static <E extends Enum<E>> UrlParameter<E> code(Function<String, Optional<E>> ofCode) {
        return of(Enum::name, ofCode);
    }

    /** A number as Java writes a double ({@code 25.0}); anything unreadable gives the default. */
    public static UrlParameter<Double> number() {
        return of(String::valueOf, text -> {
            try {
                double value = Double.parseDouble(text);
                return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The same parameter with a default that stays out of the URL. */
    public UrlParameter<T> withDefault(T value) {
        return new UrlParameter<>(format, parse, () -> value);
    }

    /** The same parameter with a default that depends on other state (the map's figure on its level). */
    public UrlParameter<T> withDefault(Supplier<@Nullable T> value) {
        return new UrlParameter<>(format, parse, value);
    }

    /** The parameter's text, or null when the value is empty or the default and so left out. */
    public @Nullable String format(@Nullable T value) {
        if (value == null || value.equals(defaultValue.get())) {
            return null;
        }
        String text = format.apply(value);
        return text.isBlank() ? null : text;
    }

    /** The value a parameter's text stands for; the default when it is missing, blank or unknown. */
    public @Nullable T parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return defaultValue.get();
        }
        return known(text).orElseGet(defaultValue);
    }

    /** The value of a non-blank text, or empty when the text names nothing known (a stale id). */
    Optional<T> known(String text) {
        return parse.apply(text.strip());
    }
}
