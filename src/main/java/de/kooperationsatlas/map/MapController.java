package de.kooperationsatlas.map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outlines for the map as GeoJSON ({@code application/geo+json}), each feature with {@code ags} and
 * {@code name}: {@code /api/map/states}, {@code /api/map/districts} and
 * {@code /api/map/states/{state}/municipalities}. Gzipped when the client accepts it, with an ETag and
 * a day of browser caching, since the outlines change only with a new release.
 */
@RestController
@Tag(name = "Map", description = "Outlines of states, districts and municipalities as GeoJSON for maps")
class MapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Boundaries boundaries;

    MapController(Boundaries boundaries) {
        this.boundaries = boundaries;
    }

    @GetMapping("/api/map/states")
    @Operation(summary = "Outlines of the 16 states (GeoJSON)")
    @ApiResponse(
            responseCode = "200",
            description = "GeoJSON features with ags and name",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(implementation = Outlines.class)))
    @ApiResponse(responseCode = "304", description = "The client's copy is current")
    ResponseEntity<byte[]> states(
            @Parameter(description = "gzip when the client accepts it")
                    @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false)
                    @Nullable
                    String encoding,
            @Parameter(description = "The ETag of a copy the client holds; 304 when unchanged")
                    @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                    @Nullable
                    String etag) {
        return send(boundaries.all(Boundaries.Level.STATES), encoding, etag);
    }

    @GetMapping("/api/map/districts")
    @Operation(summary = "Outlines of the 401 districts (GeoJSON)")
    @ApiResponse(
            responseCode = "200",
            description = "GeoJSON features with ags and name",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(implementation = Outlines.class)))
    @ApiResponse(responseCode = "304", description = "The client's copy is current")
    ResponseEntity<byte[]> districts(
            @Parameter(description = "gzip when the client accepts it")
                    @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false)
                    @Nullable
                    String encoding,
            @Parameter(description = "The ETag of a copy the client holds; 304 when unchanged")
                    @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                    @Nullable
                    String etag) {
        return send(boundaries.all(Boundaries.Level.DISTRICTS), encoding, etag);
    }

    @GetMapping("/api/map/states/{state}/municipalities")
    @Operation(summary = "Outlines of one state's municipalities (GeoJSON)")
    @ApiResponse(
            responseCode = "200",
            description = "GeoJSON features with ags and name",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(implementation = Outlines.class)))
    @ApiResponse(responseCode = "304", description = "The client's copy is current")
    @ApiResponse(responseCode = "404", description = "No state has this key")
    ResponseEntity<byte[]> municipalities(
            @Parameter(description = "Two-digit state key (AGS)", example = "15") @PathVariable String state,
            @Parameter(description = "gzip when the client accepts it")
                    @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false)
                    @Nullable
                    String encoding,
            @Parameter(description = "The ETag of a copy the client holds; 304 when unchanged")
                    @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                    @Nullable
                    String etag) {
        return send(boundaries.municipalities(state), encoding, etag);
    }

    private static ResponseEntity<byte[]> send(
            Boundaries.Payload payload, @Nullable String encoding, @Nullable String etag) {
        var cache = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();
        if (payload.etag().equals(etag)) {
            return ResponseEntity.status(304)
                    .eTag(payload.etag())
                    .cacheControl(cache)
                    .build();
        }
        boolean gzip = encoding != null && encoding.contains("gzip");
        var response = ResponseEntity.ok()
                .contentType(GEO_JSON)
                .eTag(payload.etag())
                .cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.body(gzip ? payload.gzip() : payload.json());
    }
}
