package de.kooperationsatlas.base;

import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answers the keyed CRUD endpoints ({@code /api/networks}, {@code /api/chains}, {@code /api/events})
 * share, so that every one answers a PUT alike: 201 with a Location for a new entry or link, 200 for a
 * changed one. The endpoints themselves stay in their feature's controller with their own OpenAPI texts.
 */
public final class KeyedEndpoints {

    private KeyedEndpoints() {}

    /** Creates the entry (201, Location {@code prefix/id}) or changes it (200); answers it as stored. */
    public static <D extends KeyedDetails, T extends Keyed, J> ResponseEntity<J> put(
            KeyedService<D, T> service, String prefix, String id, T draft, Function<D, J> json) {
        if (service.exists(id)) {
            return ResponseEntity.ok(json.apply(service.update(id, draft)));
        }
        return ResponseEntity.created(ApiBodies.location(prefix, id)).body(json.apply(service.create(draft)));
    }

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
