package de.kooperationsatlas.base;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** A keyed thing as its detail page shows it: with who created and last changed it. */
public interface KeyedDetails extends Keyed {

    @Nullable
    ZonedDateTime createdAt();

    @Nullable
    String createdBy();

    @Nullable
    ZonedDateTime updatedAt();

    @Nullable
    String updatedBy();
}
