package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kooperationsatlas.actor.ActorDraft;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.region.ReferenceDataService;
import de.kooperationsatlas.region.RegionService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The store behaviour the app relies on, run against the embedded store and against a separate Neo4j
 * server over Bolt (the {@code NEO4J_URI} path).
 */
public interface StoreContract {

    ApplicationContext context();

    private Neo4jClient neo4j() {
        return context().getBean(Neo4jClient.class);
    }

    private long count(String cypher) {
        return neo4j().query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    default void the_schema_is_applied_once_with_a_record_of_each_migration() {
        assertThat(count("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m)"))
                .isEqualTo(4);
        assertThat(
                        count(
                                "SHOW CONSTRAINTS YIELD name WHERE name IN ['actor_id', 'municipality_ags', 'user_name'] RETURN count(*)"))
                .isEqualTo(3);
        assertThat(
                        count(
                                "SHOW INDEXES YIELD name, type WHERE name = 'municipality_location' AND type = 'POINT' RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    default void a_constraint_rejects_a_second_actor_with_the_same_id() {
        assertThatThrownBy(() -> neo4j().query("CREATE (:Actor {id: 'HZ-GA', name: 'Doppelt'})")
                        .run())
                .hasMessageContaining("already exists");
        assertThat(count("MATCH (a:Actor {id: 'HZ-GA'}) RETURN count(a)")).isEqualTo(1);
    }

    @Test
    default void germany_is_loaded_with_halberstadt_in_harz_in_saxony_anhalt() {
        assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(16);
        assertThat(count("MATCH (d:District) RETURN count(d)")).isEqualTo(401);
        assertThat(count("MATCH (m:Municipality) RETURN count(m)")).isEqualTo(11_004);
        var halberstadt = context().getBean(RegionService.class).get("15085135");
        assertThat(halberstadt.name()).startsWith("Halberstadt");
        assertThat(halberstadt.parents()).extracting(r -> r.ags()).containsExactly("15", "15085");
        assertThat(halberstadt.population()).isGreaterThan(35_000);
        assertThat(halberstadt.latitude()).isBetween(51.8, 52.0);
        assertThat(halberstadt.longitude()).isBetween(11.0, 11.1);
    }

    @Test
    default void reloading_the_reference_data_changes_nothing() {
        String counts = """
                RETURN COUNT { (:State) } AS states, COUNT { (:District) } AS districts,
                       COUNT { (:Municipality) } AS municipalities, COUNT { ()-[:IN_DISTRICT]->() } AS inDistrict,
                       COUNT { ()-[:IN_STATE]->() } AS inState, COUNT { (:LifePhase) } AS phases,
                       COUNT { ()-[:NEXT]->() } AS next, COUNT { (m:Municipality) WHERE m.location IS NULL } AS unlocated""";
        var before = neo4j().query(counts).fetch().one().orElseThrow();
        var report = context().getBean(ReferenceDataService.class).loadShipped();
        var after = neo4j().query(counts).fetch().one().orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(report.municipalities()).isEqualTo(11_004);
        assertThat(report.actorsWithRetiredSeat()).isEmpty();
        // Every municipality hangs below exactly one parent; the two areas without a district below their state.
        assertThat(before.get("inDistrict")).isEqualTo(11_002L);
        assertThat(before.get("inState")).isEqualTo(401L + 2L);
        assertThat(before.get("phases")).isEqualTo(9L);
        assertThat(before.get("next")).isEqualTo(8L);
        // 07000999, 10042999 and 13000999 have no real location.
        assertThat(before.get("unlocated")).isEqualTo(3L);
    }

    @Test
    default void demo_data_loads_twice_without_duplicates() {
        String counts = """
                RETURN COUNT { (:Actor) } AS actors, COUNT { ()-[:COOPERATES_WITH]->() } AS cooperations,
                       COUNT { ()-[:MEMBER_OF]->() } AS memberships, COUNT { ()-[:TOOK_PART_IN]->() } AS participations,
                       COUNT { (:Topic) } AS topics, COUNT { ()-[:SEATED_IN]->() } AS seats""";
        var before = neo4j().query(counts).fetch().one().orElseThrow();
        context().getBean(DemoData.class).load();
        var after = neo4j().query(counts).fetch().one().orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat((Long) before.get("actors")).isGreaterThanOrEqualTo(40);
        assertThat(before.get("seats")).isEqualTo(before.get("actors"));
    }

    @Test
    default void a_restart_of_the_demo_keeps_what_users_changed() throws Exception {
        var onStart = context().getBean(DemoData.OnStart.class);
        neo4j().query("MATCH (a:Actor {id: 'HZ-SSB'}) SET a.name = 'Geändert von Hand'")
                .run();
        try {
            onStart.run(new org.springframework.boot.DefaultApplicationArguments());
            assertThat(neo4j().query("MATCH (a:Actor {id: 'HZ-SSB'}) RETURN a.name")
                            .fetchAs(String.class)
                            .one())
                    .contains("Geändert von Hand");
        } finally {
            context().getBean(DemoData.class).load();
        }
        assertThat(neo4j().query("MATCH (a:Actor {id: 'HZ-SSB'}) RETURN a.name")
                        .fetchAs(String.class)
                        .one())
                .hasValueSatisfying(name -> assertThat(name).isNotEqualTo("Geändert von Hand"));
    }

    @Test
    default void an_editor_for_saxony_anhalt_cannot_change_an_actor_seated_in_thuringia() {
        var actors = context().getBean(ActorService.class);
        context()
                .getBean(PrivateStore.class)
                .execute(
                        "MERGE (u:User {name: 'contract-editor'}) SET u.roles = ['EDITOR'], u.regions = ['15'], u.enabled = true, u.passwordHash = ''",
                        java.util.Map.of());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "contract-editor", "n/a", List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            var gera = actors.get("GERA-AGV");
            assertThat(gera.seatAgs()).startsWith("16");
            var draft = new ActorDraft(
                    gera.id(),
                    "Umbenannt",
                    gera.type(),
                    gera.seatAgs(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null);
            assertThatThrownBy(() -> actors.update("GERA-AGV", draft)).isInstanceOf(AccessDeniedException.class);
            assertThat(actors.get("GERA-AGV").name()).isEqualTo(gera.name());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    default void an_actor_is_created_read_and_deleted_with_who_and_when() {
        var actors = context().getBean(ActorService.class);
        var created = actors.create(new ActorDraft(
                "CONTRACT-1",
                "Familienzentrum Vertragstest",
                "CIVIC_ASSOCIATION",
                "15085135",
                List.of("15085"),
                List.of("DAYCARE", "EARLY_CHILDHOOD"),
                List.of("Frühe Hilfen"),
                "https://example.org",
                null,
                null,
                null));
        assertThat(created.lifePhases()).containsExactly("EARLY_CHILDHOOD", "DAYCARE");
        assertThat(created.createdBy()).isEqualTo("system");
        assertThat(created.createdAt()).isNotNull();
        actors.delete("CONTRACT-1");
        assertThat(actors.find("CONTRACT-1")).isEmpty();
        assertThat(neo4j().query("MATCH (c:ChangeLog {kind: 'Actor', key: 'CONTRACT-1'}) RETURN count(c)")
                        .fetchAs(Long.class)
                        .one()
                        .orElseThrow())
                .isEqualTo(1);
    }
}
