package de.kooperationsatlas.base;

import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer the link endpoints of keyed entries share ({@code PUT /api/networks/{id}/members/{actor}},
 * contributors of chains, participants of events): 201 for a link made now, 200 for a changed one, with
 * the link as it is stored. The entries' own endpoints are {@link KeyedController}'s.
 */
public final class KeyedEndpoints {

    private KeyedEndpoints() {}

    /** The link of {@code actor} among the entry's {@code links}: 201 when it was made now, else 200. */
    public static <L extends SeatedLink, J> ResponseEntity<J> link(
            boolean created, List<L> links, String actor, Function<L, J> json) {
        var link = links.stream()
                .filter(l -> l.actorId().equals(actor))
                .findFirst()
                .map(json)
                .orElseThrow();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(link);
    }
}
