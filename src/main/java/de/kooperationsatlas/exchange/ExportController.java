package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.region.RegionService;
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
    void zip(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(ZIP_NAME));
        exports.writeZip(response.getOutputStream());
        response.flushBuffer();
    }

    @GetMapping("/graphml")
    void graphMl(@RequestParam(required = false) @Nullable String region, HttpServletResponse response)
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
