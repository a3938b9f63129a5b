package de.kooperationsatlas.region.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import java.util.List;
import java.util.stream.Stream;

/** Region fields that search by name or AGS, so that every form picks regions alike. */
public final class RegionPicker {

    private RegionPicker() {}

    /** Regions of any level, each labelled with its AGS and level. */
    public static void anyLevel(ComboBoxBase<?, RegionRef, ?> box, RegionService regions) {
        box.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream());
        box.setItemLabelGenerator(
                r -> r.name() + " (" + r.ags() + ", " + box.getTranslation("level." + r.level()) + ")");
    }

    /** Regions of the given levels only; the level is named only where the choice mixes levels. */
    public static void ofLevels(ComboBoxBase<?, RegionRef, ?> box, RegionService regions, RegionLevel... levels) {
        var allowed = List.of(levels);
        box.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 200).stream()
                        .filter(r -> allowed.contains(r.level()))
                        .limit(q.getLimit()));
        box.setItemLabelGenerator(
                allowed.size() == 1
                        ? r -> r.name() + " (" + r.ags() + ")"
                        : r -> r.name() + " (" + r.ags() + ", " + box.getTranslation("level." + r.level()) + ")");
    }
}
