package de.kooperationsatlas.region;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/regions/{ags}}: a region with its parents and children, as the contract says. */
@RestController
@RequestMapping("/api/regions")
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/{ags}")
    RegionJson region(@PathVariable String ags) {
        var region = regions.get(ags);
        return new RegionJson(
                region.ags(),
                region.name(),
                region.level().name(),
                region.kind(),
                region.population(),
                region.areaKm2(),
                region.parents().stream().map(RegionRefJson::of).toList(),
                region.children().stream().map(RegionRefJson::of).toList());
    }

    record RegionJson(
            String ags,
            String name,
            String level,
            @Nullable String kind,
            long population,
            double areaKm2,
            List<RegionRefJson> parents,
            List<RegionRefJson> children) {}

    record RegionRefJson(String ags, String name, String level) {
        static RegionRefJson of(RegionRef ref) {
            return new RegionRefJson(ref.ags(), ref.name(), ref.level().name());
        }
    }
}
