package de.kooperationsatlas.network;

import de.kooperationsatlas.base.Keyed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a network: the fields of the contract's {@code networks.csv}.
 * {@code covers} holds region keys (AGS of any level), checked by the service.
 */
public record NetworkDraft(String id, String name, @Nullable String description, List<String> covers)
        implements Keyed {}
