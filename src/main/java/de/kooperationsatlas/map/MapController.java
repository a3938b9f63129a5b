package de.kooperationsatlas.map;

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
class MapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Boundaries boundaries;

    MapController(Boundaries boundaries) {
        this.boundaries = boundaries;
    }

    @GetMapping("/api/map/states")
    ResponseEntity<byte[]> states(
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) @Nullable String encoding,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String etag) {
        return send(boundaries.all(Boundaries.Level.STATES), encoding, etag);
    }

    @GetMapping("/api/map/districts")
    ResponseEntity<byte[]> districts(
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) @Nullable String encoding,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String etag) {
        return send(boundaries.all(Boundaries.Level.DISTRICTS), encoding, etag);
    }

    @GetMapping("/api/map/states/{state}/municipalities")
    ResponseEntity<byte[]> municipalities(
            @PathVariable String state,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) @Nullable String encoding,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String etag) {
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
