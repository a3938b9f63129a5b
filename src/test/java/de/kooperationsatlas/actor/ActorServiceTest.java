package de.kooperationsatlas.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ActorServiceTest extends StoreTestSupport {

    @Autowired
    ActorService actors;

    @Autowired
    CooperationService cooperations;

    private static ActorDraft draft(String id, String seat) {
        return new ActorDraft(
                id,
                "Testverein " + id,
                "CIVIC_ASSOCIATION",
                seat,
                List.of(),
                List.of("OLD_AGE"),
                List.of("Teilhabe im Alter"),
                null,
                "info@gesundheitsförderung.example.org",
                "+49 3941 000000-9",
                null);
    }

    @Test
    void every_broken_field_is_reported_at_once_with_its_name() {
        var bad = new ActorDraft(
                "",
                "",
                "HOSPITAL",
                "1508513",
                List.of("99"),
                List.of("TEENAGE"),
                List.of("&&"),
                "www.example.org",
                "kein-at-zeichen",
                "abc",
                null);
        assertThatThrownBy(() -> actors.create(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .contains(
                                        "id",
                                        "name",
                                        "type",
                                        "seatAgs",
                                        "serves",
                                        "lifePhases",
                                        "topics",
                                        "website",
                                        "email",
                                        "phone"));
    }

    @Test
    void an_unknown_seat_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> actors.create(draft("T-UNKNOWN-SEAT", "15085999")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("actor.error.seatUnknown"));
        assertThat(actors.exists("T-UNKNOWN-SEAT")).isFalse();
    }

    @Test
    void a_taken_id_is_refused() {
        assertThatThrownBy(() -> actors.create(draft("HZ-GA", "15085135")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("actor.error.idTaken"));
    }

    @Test
    void an_editor_records_who_created_and_changed_an_actor() {
        signInAs("editor-harz", List.of("15085"), Role.EDITOR);
        var created = actors.create(draft("T-AUDIT", "15085135"));
        assertThat(created.createdBy()).isEqualTo("editor-harz");
        assertThat(created.email()).isEqualTo("info@gesundheitsförderung.example.org");
        signInAs("editor-sachsen-anhalt", List.of("15"), Role.EDITOR);
        var changed = actors.update(
                "T-AUDIT",
                new ActorDraft(
                        "T-AUDIT",
                        "Neuer Name",
                        "SPORTS",
                        "15085135",
                        List.of("15085"),
                        List.of("WORKING_LIFE", "PRIMARY_SCHOOL"),
                        List.of(),
                        null,
                        null,
                        null,
                        null));
        assertThat(changed.createdBy()).isEqualTo("editor-harz");
        assertThat(changed.updatedBy()).isEqualTo("editor-sachsen-anhalt");
        assertThat(changed.lifePhases()).containsExactly("PRIMARY_SCHOOL", "WORKING_LIFE");
        assertThat(changed.topics()).isEmpty();
        assertThat(changed.serves()).extracting(ActorDetails.Area::ags).containsExactly("15085");
    }

    @Test
    void an_editor_scoped_to_saxony_anhalt_cannot_create_delete_or_move_actors_outside_it() {
        signInAs("editor-st", List.of("15"), Role.EDITOR);
        assertThatThrownBy(() -> actors.create(draft("T-GERA", "16052000"))).isInstanceOf(AccessDeniedException.class);
        assertThat(actors.exists("T-GERA")).isFalse();
        assertThatThrownBy(() -> actors.delete("GERA-AGV")).isInstanceOf(AccessDeniedException.class);
        assertThat(actors.exists("GERA-AGV")).isTrue();
        actors.create(draft("T-MOVE", "15085135"));
        assertThatThrownBy(() -> actors.update("T-MOVE", draft("T-MOVE", "16052000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.get("T-MOVE").seatAgs()).isEqualTo("15085135");
    }

    @Test
    void a_viewer_cannot_change_anything() {
        signInAs("viewer-only", Role.VIEWER);
        assertThatThrownBy(() -> actors.create(draft("T-VIEWER", "15085135")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cooperations.save("HZ-GA", "HZ-LK", new CooperationDraft("PROJECT", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deleting_an_actor_removes_its_cooperations_and_logs_who_deleted_it() {
        signInAs("admin-test", Role.ADMIN);
        actors.create(draft("T-DELETE", "15085135"));
        cooperations.save("T-DELETE", "HZ-GA", new CooperationDraft("EXCHANGE", "2024", 2, null));
        actors.delete("T-DELETE");
        assertThat(actors.exists("T-DELETE")).isFalse();
        assertThat(count("MATCH (c:ChangeLog {kind: 'Actor', key: 'T-DELETE', by: 'admin-test'}) RETURN count(c)"))
                .isEqualTo(1);
        assertThat(actors.get("HZ-GA").cooperations())
                .extracting(ActorDetails.Cooperation::actor)
                .doesNotContain("T-DELETE");
    }

    @Test
    void a_cooperation_is_one_per_pair_whichever_side_saves_it() {
        signInAs("admin-test", Role.ADMIN);
        actors.create(draft("T-COOP-A", "15085135"));
        actors.create(draft("T-COOP-B", "15085135"));
        assertThat(cooperations.save(
                        "T-COOP-B", "T-COOP-A", new CooperationDraft("PROJECT", "2023-04-24", 3, "Steuerkreis")))
                .isTrue();
        assertThat(cooperations.save("T-COOP-A", "T-COOP-B", new CooperationDraft("AGREEMENT", "2023", 2, null)))
                .isFalse();
        assertThat(count("""
                        MATCH (:Actor {id: 'T-COOP-A'})-[c:COOPERATES_WITH]-(:Actor {id: 'T-COOP-B'}) RETURN count(c)""", Map.of())).isEqualTo(1);
        var seenFromB = actors.get("T-COOP-B").cooperations();
        assertThat(seenFromB).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("T-COOP-A");
            assertThat(c.kind()).isEqualTo("AGREEMENT");
            assertThat(c.since()).isEqualTo("2023");
            assertThat(c.intensity()).isEqualTo(2L);
        });
        // Stored from the smaller id, as the export writes it.
        assertThat(
                        count(
                                "MATCH (:Actor {id: 'T-COOP-A'})-[c:COOPERATES_WITH]->(:Actor {id: 'T-COOP-B'}) RETURN count(c)"))
                .isEqualTo(1);
    }

    @Test
    void a_cooperation_with_itself_a_bad_since_or_intensity_is_refused() {
        signInAs("admin-test", Role.ADMIN);
        assertThatThrownBy(() -> cooperations.save("HZ-GA", "HZ-GA", new CooperationDraft(null, "23.11.2023", 4, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        "cooperation.error.self",
                                        "cooperation.error.since",
                                        "cooperation.error.intensity"));
        assertThat(Dates.valid("2023-02-30")).isFalse();
        assertThat(Dates.valid("2023-02-28")).isTrue();
    }

    @Test
    void the_actor_list_filters_by_region_phase_type_and_text() {
        var harz = new ActorFilter("15085", null, null, null, null);
        long inHarz = actors.count(harz);
        assertThat(inHarz).isGreaterThan(10);
        assertThat(actors.search(harz, 0, 500))
                .extracting(ActorRow::id)
                .contains("HZ-GA")
                .doesNotContain("GERA-AGV");
        // An actor serving the whole state belongs to each of its districts.
        long stateWide = count("""
                MATCH (a:Actor)-[:SERVES]->(:State {ags: '15'})
                WHERE NOT EXISTS { (a)-[:SEATED_IN]->(m) WHERE m.ags STARTS WITH '15085' } RETURN count(a)""");
        assertThat(stateWide).isPositive();
        var oldAgeInHarz = actors.search(new ActorFilter("15085", null, "OLD_AGE", null, null), 0, 500);
        assertThat(oldAgeInHarz).allSatisfy(a -> assertThat(a.lifePhases()).contains("OLD_AGE"));
        assertThat(actors.search(new ActorFilter(null, "PUBLIC_HEALTH_OFFICE", null, null, "harz"), 0, 10))
                .extracting(ActorRow::id)
                .contains("HZ-GA");
        var page = actors.search(ActorFilter.none(), 0, 5);
        assertThat(page).hasSize(5);
        assertThat(page).extracting(ActorRow::name).isSorted();
    }
}
