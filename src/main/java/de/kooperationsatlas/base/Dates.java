package de.kooperationsatlas.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The contract's dates of time ("Time"): {@code since} and {@code until} are a year ({@code 2023}) or an
 * ISO date ({@code 2023-04-24}), stored as given. A year starts on 1 January (as {@code since}) and ends
 * on 31 December (as {@code until}); {@code asOf} takes the same values, a year meaning its 31 December.
 *
 * <p>In Cypher the stored text is compared with the date's ISO text cut to the stored length, which gives
 * exactly these rules without reading the value as a date (see {@link #ACTIVE_RULE}).
 */
public final class Dates {

    /** Berlin's calendar decides what "today" is. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * The Cypher predicate "x is active at $asOf" for an actor, cooperation or membership {@code x}, with
     * {@code $asOf} an ISO date (text or date): {@code since} empty or ≤ it, {@code until} empty or ≥ it.
     * Spelled out in the Cypher files; a test checks that they use this form.
     */
    public static final String ACTIVE_RULE = "(x.since IS NULL OR x.since <= left(toString($asOf), size(x.since)))"
            + " AND (x.until IS NULL OR x.until >= left(toString($asOf), size(x.until)))";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {}

    /** A year or an ISO date that exists. */
    public static boolean valid(@Nullable String value) {
        return value != null && parse(value, false) != null;
    }

    /** The first day of a valid since (a year's 1 January). */
    public static LocalDate start(String since) {
        return requireValid(parse(since.strip(), false), since);
    }

    /** The last day of a valid until (a year's 31 December). */
    public static LocalDate end(String until) {
        return requireValid(parse(until.strip(), true), until);
    }

    /** Whether both are given and valid and the until ends before the since starts. */
    public static boolean endsBeforeStart(@Nullable String since, @Nullable String until) {
        return valid(since) && valid(until) && end(until).isBefore(start(since));
    }

    /**
     * The rules of since and until shared by actors, cooperations and memberships (API and forms): each a
     * year or an ISO date, and the until not before the since (a problem at {@code until}).
     */
    public static List<InvalidInputException.Problem> problems(@Nullable String since, @Nullable String until) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String start = QueryParams.clean(since);
        String end = QueryParams.clean(until);
        if (start != null && !valid(start)) {
            problems.add(new InvalidInputException.Problem("since", "cooperation.error.since", start));
        }
        if (end != null && !valid(end)) {
            problems.add(new InvalidInputException.Problem("until", "cooperation.error.until", end));
        } else if (start != null && end != null && endsBeforeStart(start, end)) {
            problems.add(new InvalidInputException.Problem("until", "cooperation.error.untilBeforeSince", end, start));
        }
        return problems;
    }

    /** Today in Berlin. */
    public static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    /**
     * A date parameter ({@code asOf}, {@code from}, {@code to}): an ISO date, or a year meaning its 31
     * December; today when missing; a 400 naming the parameter otherwise.
     */
    public static LocalDate parameter(String parameter, @Nullable String value) {
        var clean = QueryParams.clean(value);
        if (clean == null) {
            return today();
        }
        var date = parse(clean, true);
        if (date == null) {
            throw new ParameterException(
                    parameter,
                    "The parameter " + parameter + " must be an ISO date (2023-04-24) or a year (2023), not '" + clean
                            + "'",
                    "api.param.date",
                    parameter,
                    clean);
        }
        return date;
    }

    private static @Nullable LocalDate parse(String value, boolean yearEnd) {
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return yearEnd ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        if (!ISO_DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate requireValid(@Nullable LocalDate date, String value) {
        if (date == null) {
            throw new IllegalArgumentException("Neither a year nor an ISO date: " + value);
        }
        return date;
    }
}
