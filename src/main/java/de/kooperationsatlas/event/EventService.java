package de.kooperationsatlas.event;

import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.base.KeyedService;
import de.kooperationsatlas.base.RetryOnTransient;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.security.AccessGuard;
import de.kooperationsatlas.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events (Veranstaltungen): conferences and meetings held in a municipality, and the actors that took
 * part. Events are an administrator's business; a participation may also be changed by an editor whose
 * regions hold the participant's seat, as the contract's roles say.
 */
@Service
@RetryOnTransient
@Transactional(readOnly = true)
public class EventService extends KeyedService<EventDetails, EventDraft> {

    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{8}");

    private final ActorService actors;
    private final RegionService regions;

    EventService(Neo4jClient neo4j, ActorService actors, RegionService regions, AccessGuard guard, Audit audit) {
        super(neo4j, audit, "event", "Event", () -> guard.require(Role.ADMIN));
        this.actors = actors;
        this.regions = regions;
    }

    /** All events, the latest first, each with its place and number of participants. */
    public List<EventRow> list() {
        return List.copyOf(neo4j.query("""
                        MATCH (e:Event)
                        OPTIONAL MATCH (e)-[:HELD_IN]->(m:Municipality)
                        WITH e, head(collect(m {.ags, .name})) AS place
                        RETURN e.id AS id, e.name AS name, e.date AS date, place,
                               COUNT { (e)<-[:TOOK_PART_IN]-(:Actor) } AS participants
                        ORDER BY e.date DESC, e.name, e.id""")
                .fetchAs(EventRow.class)
                .mappedBy((types, r) -> new EventRow(
                        r.get("id").asString(),
                        r.get("name").asString(""),
                        date(r.get("date")),
                        municipality(r.get("place")),
                        r.get("participants").asLong()))
                .all());
    }

    /** One event with its place and participants (by name). */
    @Override
    public Optional<EventDetails> find(String id) {
        return neo4j.query("""
                        MATCH (e:Event {id: $id})
                        OPTIONAL MATCH (e)-[:HELD_IN]->(m:Municipality)
                        WITH e, head(collect(m {.ags, .name})) AS place
                        RETURN e, place,
                          COLLECT { MATCH (a:Actor)-[:TOOK_PART_IN]->(e)
                                    OPTIONAL MATCH (a)-[:SEATED_IN]->(seat:Municipality)
                                    RETURN {id: a.id, name: a.name, seatAgs: seat.ags, seatName: seat.name} AS participant
                                    ORDER BY participant.name, participant.id } AS participants""")
                .bind(id)
                .to("id")
                .fetchAs(EventDetails.class)
                .mappedBy((types, r) -> {
                    var e = r.get("e").asNode();
                    return new EventDetails(
                            e.get("id").asString(),
                            e.get("name").asString(""),
                            date(e.get("date")),
                            municipality(r.get("place")),
                            r.get("participants")
                                    .asList(v -> new EventDetails.Participant(
                                            v.get("id").asString(),
                                            v.get("name").asString(""),
                                            v.get("seatAgs").asString(""),
                                            v.get("seatName").asString(""))),
                            dateTime(e.get("createdAt")),
                            text(e.get("createdBy")),
                            dateTime(e.get("updatedAt")),
                            text(e.get("updatedBy")));
                })
                .one();
    }

    /** Records that the actor took part in the event; answers whether that is new. */
    @Transactional
    public boolean addParticipant(String eventId, String actorId) {
        var event = get(eventId);
        var actor = actors.getEditable(actorId);
        return mergeLink(event.id(), actor.id(), "TOOK_PART_IN", Map.of());
    }

    /** Removes the actor's participation in the event; logged in the change log. */
    @Transactional
    public void removeParticipant(String eventId, String actorId) {
        var event = get(eventId);
        var actor = actors.getEditable(actorId);
        removeLink(event, actorId, actor.name(), "TOOK_PART_IN", "participation", "Participation");
    }

    @Override
    protected String deletionNote(EventDetails existing) {
        return existing.name() + " ("
                + (existing.date() == null ? "–" : existing.date().toString()) + ", "
                + existing.participants().size() + " Teilnehmende)";
    }

    @Override
    protected List<Problem> checkFields(EventDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.date() == null) {
            problems.add(new Problem("date", "actor.error.required"));
        }
        if (draft.municipalityAgs().isEmpty()) {
            problems.add(new Problem("municipalityAgs", "actor.error.required"));
        } else if (!MUNICIPALITY.matcher(draft.municipalityAgs()).matches()) {
            problems.add(new Problem("municipalityAgs", "event.error.municipalityFormat", draft.municipalityAgs()));
        } else if (!regions.exists(draft.municipalityAgs())) {
            problems.add(new Problem("municipalityAgs", "event.error.municipalityUnknown", draft.municipalityAgs()));
        }
        return problems;
    }

    @Override
    protected void write(EventDraft draft) {
        writeEntry(draft, Collections.singletonMap("date", draft.date()), "HELD_IN", List.of(draft.municipalityAgs()));
    }

    @Override
    protected EventDraft normalise(EventDraft d) {
        return new EventDraft(strip(d.id()), strip(d.name()), d.date(), strip(d.municipalityAgs()));
    }

    private static @Nullable RegionRef municipality(Value place) {
        if (place.isNull()) {
            return null;
        }
        return new RegionRef(place.get("ags").asString(), place.get("name").asString(""), RegionLevel.MUNICIPALITY);
    }

    private static @Nullable LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
