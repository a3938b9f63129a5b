package de.kooperationsatlas.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network picture's payload over HTTP, the same JSON the browser component draws:
 * {@code GET /api/graph?region=15085&phase=&topic=&type=&kind=} (or {@code network=} or
 * {@code chain=} instead of {@code region=}).
 */
@RestController
class GraphController {

    private final GraphService graphs;

    GraphController(GraphService graphs) {
        this.graphs = graphs;
    }

    @GetMapping(value = "/api/graph", produces = MediaType.APPLICATION_JSON_VALUE)
    String graph(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable String chain,
            @RequestParam(required = false) @Nullable String phase,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String kind) {
        var filter = GraphService.filter(phase, topic, type, kind);
        return graphs.json(graphs.of(blankToNull(region), blankToNull(network), blankToNull(chain), filter));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
