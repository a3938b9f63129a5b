package de.kooperationsatlas.event;

import de.kooperationsatlas.base.Keyed;
import de.kooperationsatlas.region.RegionRef;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An event as the admin list shows it: date, place and number of participants. */
public record EventRow(
        String id,
        String name,
        @Nullable LocalDate date,
        @Nullable RegionRef municipality,
        long participants) implements Keyed {}
