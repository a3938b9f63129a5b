package de.kooperationsatlas.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/regions/{ags}}: a region with its parents and children, as the contract says. */
@RestController
@RequestMapping("/api/regions")
@Tag(name = "Regions", description = "States, districts and municipalities by their official key (AGS)")
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/{ags}")
    @Operation(
            summary = "One region with its parents and children",
            description = "parents are all enclosing regions, children the directly contained ones; level is STATE,"
                    + " DISTRICT or MUNICIPALITY.")
    @ApiResponse(responseCode = "200", description = "The region")
    @ApiResponse(responseCode = "404", description = "No region has this key")
    RegionJson region(
            @Parameter(
                            description = "Official key: 2 (state), 5 (district) or 8 digits (municipality)",
                            example = "15085")
                    @PathVariable
                    String ags) {
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
