package de.kooperationsatlas.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ChainServiceTest extends StoreTestSupport {

    @Autowired
    ChainService chains;

    @Autowired
    ActorService actors;

    private ChainDraft draft(String id, String region) {
        return new ChainDraft(removeAfterwards(chains, id), "Testkette " + id, "PLANNED", region);
    }

    @Test
    void the_demo_chain_of_gera_is_listed_with_its_region_status_and_contributors() {
        assertThat(chains.list())
                .filteredOn(c -> c.id().equals("GERA-PK"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo("IN_PROGRESS");
                    assertThat(c.region()).isNotNull();
                    assertThat(c.region().ags()).isEqualTo("16052000");
                    assertThat(c.contributors()).isEqualTo(11);
                });
        var gera = chains.get("GERA-PK");
        assertThat(gera.contributors()).hasSize(11);
        assertThat(gera.contributors())
                .filteredOn(k -> k.actorId().equals("GERA-JA"))
                .singleElement()
                .satisfies(k -> assertThat(k.phases()).containsExactly("PREGNANCY_BIRTH", "EARLY_CHILDHOOD"));
    }

    @Test
    void an_empty_phase_list_means_the_actors_own_phases() {
        var agv = chains.get("GERA-PK").contributors().stream()
                .filter(k -> k.actorId().equals("GERA-AGV"))
                .findFirst()
                .orElseThrow();
        assertThat(agv.phases()).isEmpty();
        assertThat(agv.ownPhases()).contains("EARLY_CHILDHOOD", "OLD_AGE");
        assertThat(agv.effectivePhases()).isEqualTo(agv.ownPhases());
    }

    @Test
    void a_chain_records_who_created_it_and_who_changed_it_last() {
        signInAs("admin-one", Role.ADMIN);
        var chain = chains.create(draft("T-PK-AUDIT", "15085"));
        assertThat(chain.createdBy()).isEqualTo("admin-one");
        assertThat(chain.createdAt()).isNotNull();
        assertThat(chain.status()).isEqualTo("PLANNED");
        assertThat(chain.region()).isNotNull();
        assertThat(chain.region().ags()).isEqualTo("15085");

        signInAs("admin-two", Role.ADMIN);
        var changed = chains.update(
                "T-PK-AUDIT", new ChainDraft("T-PK-AUDIT", "Präventionskette Huy", "ESTABLISHED", "15085185"));
        assertThat(changed.name()).isEqualTo("Präventionskette Huy");
        assertThat(changed.status()).isEqualTo("ESTABLISHED");
        assertThat(changed.region().ags()).isEqualTo("15085185");
        assertThat(count("MATCH (:PreventionChain {id: 'T-PK-AUDIT'})-[r:FOR_REGION]->() RETURN count(r)"))
                .isEqualTo(1);
        assertThat(changed.createdBy()).isEqualTo("admin-one");
        assertThat(changed.createdAt()).isEqualTo(chain.createdAt());
        assertThat(changed.updatedBy()).isEqualTo("admin-two");
    }

    @Test
    void an_id_with_an_invisible_character_and_a_name_with_nul_are_refused() {
        signInAs("admin-test", Role.ADMIN);
        var lookAlike = new ChainDraft("T-CHAIN-\u200BX", "Kette\u0000", null, "16052000");
        assertThatThrownBy(() -> chains.create(lookAlike))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(
                                        tuple("id", "text.error.idInvisible"), tuple("name", "text.error.control")));
        assertThat(chains.exists(lookAlike.id())).isFalse();
    }

    @Test
    void a_taken_id_is_refused() {
        signInAs("admin-test", Role.ADMIN);
        // Not through draft(): the demo chain must survive the clean-up.
        var taken = new ChainDraft("GERA-PK", "Doppelt", null, "16052000");
        assertThatThrownBy(() -> chains.create(taken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(tuple("id", "chain.error.idTaken")));
        assertThat(chains.get("GERA-PK").name()).isEqualTo("Präventionskette Gera");
    }

    @Test
    void a_state_an_unknown_region_or_an_unknown_status_is_refused() {
        signInAs("admin-test", Role.ADMIN);
        removeAfterwards(chains, "T-PK-BAD");
        assertThatThrownBy(() -> chains.create(new ChainDraft("T-PK-BAD", "Kette", "DONE", "15")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple("status", "chain.error.status"),
                                        tuple("regionAgs", "chain.error.regionFormat")));
        assertThatThrownBy(() -> chains.create(new ChainDraft("T-PK-BAD", "Kette", null, "15999")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(tuple("regionAgs", "actor.error.regionUnknown")));
        assertThat(chains.exists("T-PK-BAD")).isFalse();
    }

    @Test
    void only_an_admin_creates_changes_or_deletes_chains() {
        signInAs("editor-everywhere", Role.EDITOR);
        assertThatThrownBy(() -> chains.create(draft("T-PK-EDITOR", "15085")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(chains.exists("T-PK-EDITOR")).isFalse();
        assertThatThrownBy(() -> chains.update("GERA-PK", new ChainDraft("GERA-PK", "Umbenannt", null, "16052000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> chains.delete("GERA-PK")).isInstanceOf(AccessDeniedException.class);
        assertThat(chains.get("GERA-PK").name()).isEqualTo("Präventionskette Gera");
    }

    @Test
    void a_contributor_is_added_changed_and_removed_and_the_removal_is_logged() {
        signInAs("admin-test", Role.ADMIN);
        chains.create(draft("T-PK-CONTRIB", "15085"));
        assertThat(chains.addOrUpdateContributor("T-PK-CONTRIB", "HZ-GA", List.of("OLD_AGE", "DAYCARE", "DAYCARE")))
                .isTrue();
        assertThat(chains.get("T-PK-CONTRIB").contributors()).singleElement().satisfies(k -> {
            assertThat(k.actorId()).isEqualTo("HZ-GA");
            assertThat(k.phases()).containsExactly("DAYCARE", "OLD_AGE");
            assertThat(k.updatedBy()).isEqualTo("admin-test");
        });
        // A contribution may name a phase the actor itself is not active in.
        assertThat(chains.addOrUpdateContributor("T-PK-CONTRIB", "HZ-GA", List.of("PREGNANCY_BIRTH")))
                .isFalse();
        assertThat(chains.get("T-PK-CONTRIB").contributors().getFirst().phases())
                .containsExactly("PREGNANCY_BIRTH");
        assertThat(chains.addOrUpdateContributor("T-PK-CONTRIB", "HZ-GA", List.of()))
                .isFalse();
        var own = chains.get("T-PK-CONTRIB").contributors().getFirst();
        assertThat(own.phases()).isEmpty();
        assertThat(own.effectivePhases()).containsExactly("DAYCARE", "PRIMARY_SCHOOL", "SECONDARY_SCHOOL", "OLD_AGE");
        assertThat(count("""
                        MATCH (:Actor {id: 'HZ-GA'})-[k:CONTRIBUTES_TO]->(:PreventionChain {id: 'T-PK-CONTRIB'})
                        WHERE k.createdBy = 'admin-test' AND k.createdAt IS NOT NULL AND k.phases = [] RETURN count(k)""")).isEqualTo(1);

        chains.removeContributor("T-PK-CONTRIB", "HZ-GA");
        assertThat(chains.get("T-PK-CONTRIB").contributors()).isEmpty();
        assertThat(changeLogEntries("Contribution", "T-PK-CONTRIB|HZ-GA")).isEqualTo(1);
        assertThatThrownBy(() -> chains.removeContributor("T-PK-CONTRIB", "HZ-GA"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_unknown_life_phase_is_refused() {
        signInAs("admin-test", Role.ADMIN);
        chains.create(draft("T-PK-PHASE", "15085"));
        assertThatThrownBy(() -> chains.addOrUpdateContributor("T-PK-PHASE", "HZ-GA", List.of("DAYCARE", "TEENAGE")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(tuple("phases", "actor.error.phase")));
        assertThat(chains.get("T-PK-PHASE").contributors()).isEmpty();
    }

    @Test
    void an_editor_scoped_to_thuringia_changes_contributions_of_actors_seated_there_only() {
        signInAs("admin-test", Role.ADMIN);
        chains.create(draft("T-PK-EDITOR-TH", "16052000"));

        signInAs("editor-th", List.of("16"), Role.EDITOR);
        assertThat(chains.addOrUpdateContributor("T-PK-EDITOR-TH", "GERA-SENB", List.of("RETIREMENT")))
                .isTrue();
        assertThatThrownBy(() -> chains.addOrUpdateContributor("T-PK-EDITOR-TH", "HZ-GA", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(chains.get("T-PK-EDITOR-TH").contributors())
                .extracting(ChainDetails.Contributor::actorId)
                .containsExactly("GERA-SENB");
        assertThat(actors.mayEditSeat("15085135")).isFalse();
    }

    @Test
    void deleting_a_chain_keeps_its_contributors_and_lands_in_the_change_log() {
        signInAs("admin-delete", Role.ADMIN);
        chains.create(draft("T-PK-DELETE", "15085"));
        chains.addOrUpdateContributor("T-PK-DELETE", "HZ-GA", List.of());
        chains.delete("T-PK-DELETE");
        assertThat(chains.exists("T-PK-DELETE")).isFalse();
        assertThat(count("MATCH (a:Actor {id: 'HZ-GA'}) RETURN count(a)")).isEqualTo(1);
        assertThat(count(
                        "MATCH (c:ChangeLog {kind: $kind, key: $key}) WHERE c.by = 'admin-delete' RETURN count(c)",
                        Map.of("kind", "PreventionChain", "key", "T-PK-DELETE")))
                .isEqualTo(1);
    }
}
