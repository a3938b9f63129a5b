package de.kooperationsatlas.structure;

import de.kooperationsatlas.base.ParameterException;
import org.jspecify.annotations.Nullable;

/** Query parameters arrive as text and are parsed here, so that a bad value is a 400 naming it. */
final class QueryParams {

    private QueryParams() {}

    static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String required(String parameter, @Nullable String value) {
        var clean = clean(value);
        if (clean == null) {
            throw new ParameterException(
                    parameter, "The parameter " + parameter + " is required", "api.param.required", parameter);
        }
        return clean;
    }

    static int integer(String parameter, @Nullable String value, int fallback) {
        var clean = clean(value);
        if (clean == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(clean);
        } catch (NumberFormatException e) {
            throw new ParameterException(
                    parameter,
                    "The parameter " + parameter + " must be a whole number, not '" + clean + "'",
                    "api.param.integer",
                    parameter,
                    clean);
        }
    }

    static double number(String parameter, @Nullable String value, double fallback) {
        var clean = clean(value);
        if (clean == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            throw new ParameterException(
                    parameter,
                    "The parameter " + parameter + " must be a number, not '" + clean + "'",
                    "api.param.number",
                    parameter,
                    clean);
        }
    }
}
