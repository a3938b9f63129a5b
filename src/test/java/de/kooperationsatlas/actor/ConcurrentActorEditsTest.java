package de.kooperationsatlas.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writers over real HTTP: edits of actors that share topics, phases and a seat (Neo4j
 * breaks their lock cycles by failing one transaction, which the services run again), and creates of
 * one id at the same moment (the uniqueness constraint lets exactly one through).
 */
class ConcurrentActorEditsTest extends StoreTestSupport {

    private static final int THREADS = 20;
    private static final List<String> SHARED_TOPICS =
            List.of("Bewegungsförderung", "Ernährung", "Konkurrenz A", "Konkurrenz B", "Konkurrenz C", "Konkurrenz D");
    private static final List<String> PHASES =
            List.of("EARLY_CHILDHOOD", "DAYCARE", "PRIMARY_SCHOOL", "SECONDARY_SCHOOL", "WORKING_LIFE", "OLD_AGE");

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient admin() {
        return ApiClient.session(port, "admin", ApiClient.DEMO_PASSWORDS.get("admin"));
    }

    @AfterEach
    void removeTestActors() {
        neo4j.query("MATCH (a:Actor) WHERE a.id STARTS WITH 'CC-' DETACH DELETE a")
                .run();
        neo4j.query("MATCH (t:Topic) WHERE t.code STARTS WITH 'konkurrenz' DETACH DELETE t")
                .run();
    }

    private String body(List<String> topics, List<String> phases) throws Exception {
        return json.writeValueAsString(Map.of(
                "name",
                "Konkurrenztest",
                "type",
                "CIVIC_ASSOCIATION",
                "seatAgs",
                "15085135",
                "serves",
                List.of("15085", "15085135"),
                "lifePhases",
                phases,
                "topics",
                topics));
    }

    private static <T> List<T> shuffledSubset(List<T> values) {
        var copy = new ArrayList<>(values);
        Collections.shuffle(copy);
        return List.copyOf(copy.subList(0, 2 + ThreadLocalRandom.current().nextInt(copy.size() - 1)));
    }

    @Test
    void twenty_editors_of_actors_sharing_topics_phases_and_a_seat_never_get_a_500_and_the_store_stays_consistent()
            throws Exception {
        for (int i = 0; i < THREADS; i++) {
            assertThat(admin().putJson("/api/actors/CC-" + i, body(SHARED_TOPICS, PHASES))
                            .statusCode())
                    .isEqualTo(201);
        }
        int rounds = 8;
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, List<String>> lastAccepted = new ConcurrentHashMap<>();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String id = "CC-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        var topics = shuffledSubset(SHARED_TOPICS);
                        HttpResponse<String> response =
                                admin().putJson("/api/actors/" + id, body(topics, shuffledSubset(PHASES)));
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        if (response.statusCode() == 200) {
                            lastAccepted.put(id, topics);
                        } else {
                            assertThat(response.headers().firstValue("Content-Type"))
                                    .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
                            assertThat(response.body()).doesNotContain("Exception");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // Every edit succeeded or got the clear answer (409 after its retries), never a 500.
        assertThat(new TreeMap<>(statuses).keySet()).as("statuses " + statuses).isSubsetOf(200, 409, 503);
        assertThat(statuses.getOrDefault(200, 0)).as("statuses " + statuses).isPositive();
        // Consistent: one seat each, the topics of each actor's last accepted edit, no duplicate topics.
        for (int i = 0; i < THREADS; i++) {
            String id = "CC-" + i;
            assertThat(count("MATCH (:Actor {id: $id})-[:SEATED_IN]->(m) RETURN count(m)", Map.of("id", id)))
                    .isEqualTo(1);
            var expected = lastAccepted.get(id);
            if (expected != null) {
                var topics = neo4j.query("MATCH (:Actor {id: $id})-[:WORKS_ON]->(t:Topic) RETURN t.label")
                        .bind(id)
                        .to("id")
                        .fetchAs(String.class)
                        .all();
                assertThat(topics).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        assertThat(count("MATCH (t:Topic) WITH t.code AS code, count(*) AS n WHERE n > 1 RETURN count(code)"))
                .isZero();
    }

    @Test
    void of_twenty_creates_of_one_id_at_once_exactly_one_creates_it() throws Exception {
        String body = body(List.of("Bewegungsförderung"), List.of("DAYCARE"));
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    statuses.add(admin().putJson("/api/actors/CC-SAME", body).statusCode());
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).as("statuses " + statuses).containsOnlyOnce(201);
        // The others either came after the create (PUT changes: 200) or raced it (409 naming the id).
        assertThat(statuses).as("statuses " + statuses).allMatch(s -> s == 201 || s == 200 || s == 409);
        assertThat(count("MATCH (a:Actor {id: 'CC-SAME'}) RETURN count(a)")).isEqualTo(1);
    }
}
