package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.region.RegionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/export} (the exchange-format ZIP) and {@code GET /api/export/graphml?region=}, for every
 * signed-in user. Both stream straight into the response.
 */
@RestController
@RequestMapping("/api/export")
@Tag(name = "Import and export")
class ExportController {

    static final String ZIP_NAME = "kooperationsatlas-export.zip";

    private final ExportService exports;
    private final GraphMlExporter graphMl;
    private final RegionService regions;

    ExportController(ExportService exports, GraphMlExporter graphMl, RegionService regions) {
        this.exports = exports;
        this.graphMl = graphMl;
        this.regions = regions;
    }

    @GetMapping
    @Operation(
            summary = "Exports everything as a ZIP in the exchange format",
            description = "UTF-8 with BOM and ';', rows sorted: re-importable and byte-stable.")
    @ApiResponse(
            responseCode = "200",
            description = "The ZIP",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    void zip(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(ZIP_NAME));
        exports.writeZip(response.getOutputStream());
        response.flushBuffer();
    }

    @GetMapping("/graphml")
    @Operation(summary = "Exports the graph as GraphML", description = "For Gephi, yEd, Cytoscape and NetworkX.")
    @ApiResponse(
            responseCode = "200",
            description = "The GraphML file",
            content =
                    @Content(
                            mediaType = GraphMlExporter.MEDIA_TYPE,
                            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "Unknown region")
    void graphMl(
            @Parameter(description = "Only the actors of this region (AGS) and their cooperations", example = "15085")
                    @RequestParam(required = false)
                    @Nullable
                    String region,
            HttpServletResponse response)
            throws IOException {
        String key = region == null || region.isBlank() ? null : region.strip();
        // Checked before anything is written, so an unknown region is still a 404 problem.
        if (key != null && !regions.exists(key)) {
            throw new NotFoundException("region", key);
        }
        response.setContentType(GraphMlExporter.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                attachment(key == null ? "kooperationsatlas.graphml" : "kooperationsatlas-" + key + ".graphml"));
        graphMl.write(key, response.getOutputStream());
        response.flushBuffer();
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
