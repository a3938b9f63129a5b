package de.kooperationsatlas.region;

import de.kooperationsatlas.base.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/reference-data}: a newer municipality directory, checked and (unless a dry run) applied. */
@RestController
@RequestMapping(path = "/api/reference-data", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Regions", description = "States, districts and municipalities by their official key (AGS)")
class ReferenceDataController {

    private final ReferenceDataService referenceData;

    ReferenceDataController(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Loads a newer municipality directory (ADMIN)",
            description = "One part named file holding municipalities.csv in the shipped columns (ags, name, kind,"
                    + " district_ags, state_ags, population, area_km2, postal_code, latitude, longitude,"
                    + " association_key, association_name, association_kind, urbanisation). Answers the keys of"
                    + " municipalities added, changed and removed, and the actors whose seat is not in the new"
                    + " directory. Unless dryRun, applies it in one transaction: removed municipalities stay as"
                    + " retired regions, actors seated there are listed and marked, never dropped; no actor can be"
                    + " newly seated in a retired municipality.")
    @ApiResponse(
            responseCode = "200",
            description = "{added:[ags], changed:[ags], removed:[ags], actorsWithoutSeat:[id]}")
    @ApiResponse(
            responseCode = "400",
            description = "No file, missing columns or broken lines (up to 20 listed in errors[]); nothing written")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    DirectoryUpdate update(
            @Parameter(description = "municipalities.csv") @RequestParam(name = "file", required = false) @Nullable
                    MultipartFile file,
            @Parameter(description = "true checks only and writes nothing")
                    @RequestParam(name = "dryRun", defaultValue = "false")
                    boolean dryRun) {
        referenceData.requireAdmin();
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "referenceData.error.file");
        }
        return referenceData.updateMunicipalities(file::getInputStream, dryRun);
    }
}
