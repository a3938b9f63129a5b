package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.actor.ActorDraft;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.StoreVersion;
import de.kooperationsatlas.security.Role;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Brokers and the district comparison come from the cache until the app writes; writes around the app
 * (the fixture, a Bolt client) show after {@link AnalysisService#refresh()} (or the time to live).
 */
class AnalysisCachingTest extends StoreTestSupport {

    private static final String DITHMARSCHEN = "01051";
    private static final String CACHED_ACTOR = "FX-CACHE";

    @Autowired
    AnalysisService analyses;

    @Autowired
    ActorService actors;

    @Autowired
    StoreVersion storeVersion;

    @BeforeEach
    void loadFixture() {
        AnalysisFixtures.load(neo4j, "gaps.cypher");
        analyses.refresh();
    }

    @AfterEach
    void removeCachedActor() {
        neo4j.query("MATCH (a:Actor {id: $id}) DETACH DELETE a")
                .bind(CACHED_ACTOR)
                .to("id")
                .run();
        analyses.refresh();
    }

    @Test
    void a_repeated_request_is_answered_from_the_cache_in_under_100_ms() {
        var districts = analyses.districts("01");
        var brokers = analyses.brokers(DITHMARSCHEN, 100);
        assertThat(timed(() -> analyses.districts("01"))).isSameAs(districts);
        assertThat(timed(() -> analyses.brokers(DITHMARSCHEN, 100))).isEqualTo(brokers);
        // Another limit is cut from the same cached ranking.
        assertThat(timed(() -> analyses.brokers(DITHMARSCHEN, 2)).actors())
                .isEqualTo(brokers.actors().subList(0, 2));
        // All of Germany, the largest comparison, too.
        var germany = analyses.districts(null);
        assertThat(timed(() -> analyses.districts(null))).isSameAs(germany);
    }

    @Test
    void a_write_through_the_app_makes_the_cached_results_stale() {
        var before = analyses.districts("01");
        var brokersBefore = analyses.brokers(DITHMARSCHEN, 100);
        long dithmarschenActors = actorsOf(before, DITHMARSCHEN);
        // FX Beta (DAYCARE, seated in Heide): the new actor shares the phase and the district (2 + 1).
        analyses.prepareSuggestions();
        assertThat(analyses.suggestionsPrepared()).isTrue();
        assertThat(suggestedFor("FX-A2")).doesNotContain(CACHED_ACTOR);

        signInAs("admin", Role.ADMIN);
        actors.create(new ActorDraft(
                CACHED_ACTOR,
                "FX Cache",
                "OTHER",
                "01051044",
                List.of(),
                List.of("DAYCARE"),
                List.of(),
                null,
                null,
                null,
                null));

        var afterCreate = analyses.districts("01");
        assertThat(afterCreate).isNotSameAs(before);
        assertThat(actorsOf(afterCreate, DITHMARSCHEN)).isEqualTo(dithmarschenActors + 1);
        assertThat(analyses.brokers(DITHMARSCHEN, 100).actors())
                .extracting(Brokers.Broker::id)
                .contains(CACHED_ACTOR)
                .hasSize(brokersBefore.actors().size() + 1);
        assertThat(analyses.suggestionsPrepared())
                .as("the snapshot is stale after the write")
                .isFalse();
        assertThat(analyses.suggestions("FX-A2", null, null, null, 100).suggestions())
                .filteredOn(x -> x.id().equals(CACHED_ACTOR))
                .singleElement()
                .satisfies(x -> assertThat(x.score()).isEqualTo(3L));

        actors.delete(CACHED_ACTOR);

        assertThat(analyses.districts("01")).isEqualTo(before);
        assertThat(analyses.brokers(DITHMARSCHEN, 100)).isEqualTo(brokersBefore);
        assertThat(suggestedFor("FX-A2")).doesNotContain(CACHED_ACTOR);
    }

    @Test
    void read_only_transactions_leave_the_store_version_alone_and_writes_raise_it() {
        long version = storeVersion.current();
        analyses.coverage(DITHMARSCHEN, null);
        actors.exists("FX-A1");
        assertThat(storeVersion.current()).isEqualTo(version);

        signInAs("admin", Role.ADMIN);
        actors.create(new ActorDraft(
                CACHED_ACTOR,
                "FX Cache",
                "OTHER",
                "01051044",
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null));
        assertThat(storeVersion.current()).isGreaterThan(version);
    }

    @Test
    void a_write_around_the_app_shows_after_an_explicit_refresh() {
        // Path FX-P1 … FX-P5: closing it to a cycle of five makes every betweenness equal.
        var before = analyses.brokers("01001", 10);
        // FX Pfad 5 shares FX Pfad 1's district only: suggested until the two cooperate.
        analyses.prepareSuggestions();
        assertThat(suggestedFor("FX-P1")).contains("FX-P5");
        neo4j.query("""
                        MATCH (a:Actor {id: 'FX-P1'}), (b:Actor {id: 'FX-P5'})
                        MERGE (a)-[:COOPERATES_WITH]->(b)""").run();
        try {
            assertThat(analyses.brokers("01001", 10)).isEqualTo(before);
            // The snapshot does not see the Bolt write until the refresh (or its time to live).
            assertThat(suggestedFor("FX-P1")).contains("FX-P5");
            analyses.refresh();
            assertThat(suggestedFor("FX-P1")).doesNotContain("FX-P5");
            analyses.prepareSuggestions();
            assertThat(suggestedFor("FX-P1")).doesNotContain("FX-P5");
            // In a cycle of five each actor lies on the one shortest path of one pair: 1 · 2 / (4 · 3).
            assertThat(analyses.brokers("01001", 10).actors())
                    .extracting(Brokers.Broker::betweenness)
                    .allSatisfy(b -> assertThat(b).isCloseTo(1.0 / 6, within(1e-12)));
        } finally {
            neo4j.query("MATCH (:Actor {id: 'FX-P1'})-[c:COOPERATES_WITH]-(:Actor {id: 'FX-P5'}) DELETE c")
                    .run();
            analyses.refresh();
        }
    }

    private List<String> suggestedFor(String actor) {
        return analyses.suggestions(actor, null, null, null, 100).suggestions().stream()
                .map(Suggestions.Suggestion::id)
                .toList();
    }

    private static long actorsOf(DistrictComparison comparison, String district) {
        return comparison.districts().stream()
                .filter(d -> d.ags().equals(district))
                .findFirst()
                .orElseThrow()
                .actors();
    }

    private static <T> T timed(Supplier<T> call) {
        long started = System.nanoTime();
        T result = call.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).as("answered from the cache").isLessThan(100);
        return result;
    }
}
