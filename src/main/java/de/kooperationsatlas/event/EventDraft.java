package de.kooperationsatlas.event;

import de.kooperationsatlas.base.Keyed;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for an event: the fields of the contract's {@code events.csv}.
 * {@code municipalityAgs} is the 8-digit key of the municipality where it was held.
 */
public record EventDraft(String id, String name, @Nullable LocalDate date, String municipalityAgs) implements Keyed {}
