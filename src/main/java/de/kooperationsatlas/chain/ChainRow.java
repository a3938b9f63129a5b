package de.kooperationsatlas.chain;

import de.kooperationsatlas.base.Keyed;
import de.kooperationsatlas.region.RegionRef;
import org.jspecify.annotations.Nullable;

/** A prevention chain as the admin list shows it: region, status and number of contributors. */
public record ChainRow(
        String id,
        String name,
        @Nullable String status,
        @Nullable RegionRef region,
        long contributors) implements Keyed {}
