package de.kooperationsatlas.base;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters arrive as text and are parsed here, so that a missing or bad value is the app's own
 * 400 naming the parameter (in the caller's language), not the framework's type-mismatch answer.
 */
public final class QueryParams {

    private QueryParams() {}

    /** The value without surrounding white space, or null when it is missing or blank. */
    public static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value, or a 400 saying the parameter is required. */
    public static String required(String parameter, @Nullable String value) {
        var clean = clean(value);
        if (clean == null) {
            throw new ParameterException(
                    parameter, "The parameter " + parameter + " is required", "api.param.required", parameter);
        }
        return clean;
    }

    /** A whole number, {@code fallback} when missing, or a 400. */
    public static int integer(String parameter, @Nullable String value, int fallback) {
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

    /** A number, {@code fallback} when missing, or a 400. */
    public static double number(String parameter, @Nullable String value, double fallback) {
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

    /** A number, or null when missing, or a 400. */
    public static @Nullable Double decimal(String parameter, @Nullable String value) {
        return clean(value) == null ? null : number(parameter, value, 0);
    }

    /** A 400 unless the value is at least 1. */
    public static void requirePositive(String parameter, int value) {
        if (value < 1) {
            throw new ParameterException(
                    parameter,
                    "The parameter " + parameter + " must be at least 1, not " + value,
                    "api.param.positive",
                    parameter,
                    String.valueOf(value));
        }
    }
}
