package de.kooperationsatlas.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.security.Role;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class EventServiceTest extends StoreTestSupport {

    @Autowired
    EventService events;

    @Autowired
    ActorService actors;

    private EventDraft draft(String id, LocalDate date, String municipality) {
        return new EventDraft(removeAfterwards(events, id), "Testveranstaltung " + id, date, municipality);
    }

    @Test
    void events_are_listed_the_latest_first_with_place_and_participants() {
        var list = events.list();
        assertThat(list)
                .extracting(EventRow::date)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
        assertThat(list)
                .extracting(EventRow::id)
                .containsSubsequence(
                        "DASEIN-2-2024-11-27",
                        "DASEIN-1-2024-09-18",
                        "GERA-GK-2024-04-17",
                        "HZ-GK-2023-11-23",
                        "HZ-SK-2023-04-24");
        assertThat(list)
                .filteredOn(e -> e.id().equals("HZ-GK-2023-11-23"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2023, 11, 23));
                    assertThat(e.municipality()).isNotNull();
                    assertThat(e.municipality().ags()).isEqualTo("15085135");
                    assertThat(e.participants()).isEqualTo(24);
                });
    }

    @Test
    void an_event_records_who_created_it_and_who_changed_it_last() {
        signInAs("admin-one", Role.ADMIN);
        var event = events.create(draft("T-EV-AUDIT", LocalDate.of(2025, 3, 12), "15085135"));
        assertThat(event.createdBy()).isEqualTo("admin-one");
        assertThat(event.createdAt()).isNotNull();
        assertThat(event.date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(event.municipality()).isNotNull();
        assertThat(event.municipality().name()).isEqualTo("Halberstadt, Stadt");
        // Stored as a Neo4j date, so Cypher can compare and sort it.
        assertThat(count("MATCH (e:Event {id: 'T-EV-AUDIT'}) WHERE e.date = date('2025-03-12') RETURN count(e)"))
                .isEqualTo(1);

        signInAs("admin-two", Role.ADMIN);
        var changed = events.update(
                "T-EV-AUDIT",
                new EventDraft("T-EV-AUDIT", "Gesundheitskonferenz 2025", LocalDate.of(2025, 11, 5), "16052000"));
        assertThat(changed.name()).isEqualTo("Gesundheitskonferenz 2025");
        assertThat(changed.date()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(changed.municipality().ags()).isEqualTo("16052000");
        assertThat(count("MATCH (:Event {id: 'T-EV-AUDIT'})-[h:HELD_IN]->() RETURN count(h)"))
                .isEqualTo(1);
        assertThat(changed.createdBy()).isEqualTo("admin-one");
        assertThat(changed.createdAt()).isEqualTo(event.createdAt());
        assertThat(changed.updatedBy()).isEqualTo("admin-two");
    }

    @Test
    void an_id_with_an_invisible_character_and_a_name_with_nul_are_refused() {
        signInAs("admin-test", Role.ADMIN);
        var lookAlike = new EventDraft("T-EV-\u202EX", "Tag\u0000", LocalDate.of(2024, 1, 1), "15085135");
        assertThatThrownBy(() -> events.create(lookAlike))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(
                                        tuple("id", "text.error.idInvisible"), tuple("name", "text.error.control")));
        assertThat(events.exists(lookAlike.id())).isFalse();
    }

    @Test
    void a_taken_id_is_refused() {
        signInAs("admin-test", Role.ADMIN);
        // Not through draft(): the demo event must survive the clean-up.
        var taken = new EventDraft("HZ-GK-2023-11-23", "Doppelt", LocalDate.of(2024, 1, 1), "15085135");
        assertThatThrownBy(() -> events.create(taken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(tuple("id", "event.error.idTaken")));
        assertThat(events.get("HZ-GK-2023-11-23").date()).isEqualTo(LocalDate.of(2023, 11, 23));
    }

    @Test
    void a_missing_date_and_a_place_that_is_no_known_municipality_are_refused() {
        signInAs("admin-test", Role.ADMIN);
        removeAfterwards(events, "T-EV-BAD");
        assertThatThrownBy(() -> events.create(new EventDraft("T-EV-BAD", "Treffen", null, "15085")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple("date", "actor.error.required"),
                                        tuple("municipalityAgs", "event.error.municipalityFormat")));
        assertThatThrownBy(() ->
                        events.create(new EventDraft("T-EV-BAD", "Treffen", LocalDate.of(2025, 1, 1), "15999999")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(tuple("municipalityAgs", "event.error.municipalityUnknown")));
        assertThat(events.exists("T-EV-BAD")).isFalse();
    }

    @Test
    void only_an_admin_creates_changes_or_deletes_events() {
        signInAs("editor-everywhere", Role.EDITOR);
        assertThatThrownBy(() -> events.create(draft("T-EV-EDITOR", LocalDate.of(2025, 1, 1), "15085135")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.exists("T-EV-EDITOR")).isFalse();
        assertThatThrownBy(() -> events.delete("GERA-GK-2024-04-17")).isInstanceOf(AccessDeniedException.class);
        assertThat(events.exists("GERA-GK-2024-04-17")).isTrue();
    }

    @Test
    void a_participant_is_added_once_and_removed_and_the_removal_is_logged() {
        signInAs("admin-test", Role.ADMIN);
        events.create(draft("T-EV-PARTICIPANTS", LocalDate.of(2025, 6, 1), "15085185"));
        assertThat(events.addParticipant("T-EV-PARTICIPANTS", "HZ-HUY")).isTrue();
        assertThat(events.addParticipant("T-EV-PARTICIPANTS", "HZ-HUY")).isFalse();
        assertThat(events.addParticipant("T-EV-PARTICIPANTS", "HZ-OSW")).isTrue();
        assertThat(events.get("T-EV-PARTICIPANTS").participants())
                .extracting(EventDetails.Participant::actorId)
                .containsExactly("HZ-OSW", "HZ-HUY");
        assertThat(count("""
                        MATCH (:Actor {id: 'HZ-HUY'})-[t:TOOK_PART_IN]->(:Event {id: 'T-EV-PARTICIPANTS'})
                        WHERE t.createdBy = 'admin-test' AND t.createdAt IS NOT NULL RETURN count(t)""")).isEqualTo(1);

        events.removeParticipant("T-EV-PARTICIPANTS", "HZ-HUY");
        assertThat(events.get("T-EV-PARTICIPANTS").participants())
                .extracting(EventDetails.Participant::actorId)
                .containsExactly("HZ-OSW");
        assertThat(changeLogEntries("Participation", "T-EV-PARTICIPANTS|HZ-HUY"))
                .isEqualTo(1);
        assertThatThrownBy(() -> events.removeParticipant("T-EV-PARTICIPANTS", "HZ-HUY"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_editor_scoped_to_thuringia_changes_participations_of_actors_seated_there_only() {
        signInAs("admin-test", Role.ADMIN);
        events.create(draft("T-EV-EDITOR-TH", LocalDate.of(2025, 9, 9), "16052000"));
        events.addParticipant("T-EV-EDITOR-TH", "HZ-GA");

        signInAs("editor-th", List.of("16"), Role.EDITOR);
        assertThat(events.addParticipant("T-EV-EDITOR-TH", "GERA-AGV")).isTrue();
        assertThatThrownBy(() -> events.addParticipant("T-EV-EDITOR-TH", "HZ-LK"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.removeParticipant("T-EV-EDITOR-TH", "HZ-GA"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.get("T-EV-EDITOR-TH").participants())
                .extracting(EventDetails.Participant::actorId)
                .containsExactlyInAnyOrder("GERA-AGV", "HZ-GA");
        assertThat(actors.mayEditSeat("16052000")).isTrue();
        assertThat(actors.mayEditSeat("15085135")).isFalse();
    }

    @Test
    void deleting_an_event_keeps_its_participants_and_lands_in_the_change_log() {
        signInAs("admin-delete", Role.ADMIN);
        events.create(draft("T-EV-DELETE", LocalDate.of(2025, 2, 2), "15085135"));
        events.addParticipant("T-EV-DELETE", "HZ-GA");
        events.delete("T-EV-DELETE");
        assertThat(events.exists("T-EV-DELETE")).isFalse();
        assertThat(count("MATCH (a:Actor {id: 'HZ-GA'}) RETURN count(a)")).isEqualTo(1);
        assertThat(count(
                        "MATCH (c:ChangeLog {kind: $kind, key: $key}) WHERE c.by = 'admin-delete' RETURN count(c)",
                        Map.of("kind", "Event", "key", "T-EV-DELETE")))
                .isEqualTo(1);
        assertThatThrownBy(() -> events.delete("T-EV-DELETE")).isInstanceOf(NotFoundException.class);
    }
}
