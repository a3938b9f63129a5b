package de.kooperationsatlas.actor;

import org.jspecify.annotations.Nullable;

/**
 * A cooperation's values as entered: kind, since (a year {@code 2023} or an ISO date
 * {@code 2023-04-24}, kept as given), until (when it ended, same forms; ending keeps it), intensity 1–3
 * and a note.
 */
public record CooperationDraft(
        @Nullable String kind,
        @Nullable String since,
        @Nullable String until,
        @Nullable Integer intensity,
        @Nullable String note) {

    /** A cooperation that has not ended. */
    public CooperationDraft(
            @Nullable String kind, @Nullable String since, @Nullable Integer intensity, @Nullable String note) {
        this(kind, since, null, intensity, note);
    }
}
