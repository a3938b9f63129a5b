package de.kooperationsatlas.map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
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
    @OutlineAnswers
    ResponseEntity<byte[]> states(@Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
        return send(boundaries.all(Boundaries.Level.STATES), headers);
    }

    @GetMapping("/api/map/districts")
    @Operation(summary = "Outlines of the 401 districts (GeoJSON)")
    @OutlineAnswers
    ResponseEntity<byte[]> districts(@Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
        return send(boundaries.all(Boundaries.Level.DISTRICTS), headers);
    }

    @GetMapping("/api/map/states/{state}/municipalities")
    @Operation(summary = "Outlines of one state's municipalities (GeoJSON)")
    @OutlineAnswers
    @ApiResponse(responseCode = "404", description = "No state has this key")
    ResponseEntity<byte[]> municipalities(
            @Parameter(description = "Two-digit state key (AGS)", example = "15") @PathVariable String state,
            @Parameter(hidden = true) @RequestHeader HttpHeaders headers) {
        return send(boundaries.municipalities(state), headers);
    }

    private static ResponseEntity<byte[]> send(Boundaries.Payload payload, HttpHeaders headers) {
        String encoding = headers.getFirst(HttpHeaders.ACCEPT_ENCODING);
        String etag = headers.getFirst(HttpHeaders.IF_NONE_MATCH);
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

    /**
     * What every outline endpoint answers (GeoJSON, or 304 when the client's copy is current) and the two
     * request headers it reads.
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(
            responseCode = "200",
            description = "GeoJSON features with ags and name",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(implementation = Outlines.class)))
    @ApiResponse(responseCode = "304", description = "The client's copy is current")
    @Parameter(
            in = ParameterIn.HEADER,
            name = HttpHeaders.ACCEPT_ENCODING,
            description = "gzip when the client accepts it",
            schema = @Schema(type = "string"))
    @Parameter(
            in = ParameterIn.HEADER,
            name = HttpHeaders.IF_NONE_MATCH,
            description = "The ETag of a copy the client holds; 304 when unchanged",
            schema = @Schema(type = "string"))
    @interface OutlineAnswers {}
}
