package de.kooperationsatlas.network;

import de.kooperationsatlas.base.Keyed;
import de.kooperationsatlas.region.RegionRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A network as the admin list shows it: with its number of members and the regions it covers. */
public record NetworkRow(String id, String name, @Nullable String description, long members, List<RegionRef> covers)
        implements Keyed {}
