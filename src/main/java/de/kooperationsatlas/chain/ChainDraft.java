package de.kooperationsatlas.chain;

import de.kooperationsatlas.base.Keyed;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a prevention chain: the fields of the contract's {@code chains.csv}.
 * {@code status} is a {@link ChainStatus} code or empty; {@code regionAgs} a district (5 digits) or
 * municipality (8 digits).
 */
public record ChainDraft(String id, String name, @Nullable String status, String regionAgs) implements Keyed {}
