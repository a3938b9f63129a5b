package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

/** {@code /actuator}: public health that says whether the app can serve, metrics for ADMIN, nothing else. */
class HealthAndMetricsTest extends StoreTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StoreVersion version;

    @Test
    void health_is_public_and_up_without_details_for_anonymous_callers() throws Exception {
        var response = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void an_admin_sees_the_store_and_readiness_checks() throws Exception {
        var body = json.readTree(
                ApiClient.demo(port, "admin").get("/actuator/health").body());
        assertThat(body.at("/components/store/status").asText()).isEqualTo("UP");
        assertThat(body.at("/components/readinessState/status").asText()).isEqualTo("UP");
        assertThat(json.readTree(ApiClient.demo(port, "viewer")
                                .get("/actuator/health")
                                .body())
                        .has("components"))
                .isFalse();
    }

    @Test
    void health_is_out_of_service_while_the_app_refuses_traffic() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var response = ApiClient.anonymous(port).get("/actuator/health");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json.readTree(response.body()).get("status").asText()).isEqualTo("OUT_OF_SERVICE");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(ApiClient.anonymous(port).get("/actuator/health").statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_store_check_is_down_within_its_timeout_when_the_store_does_not_answer() {
        try (var nowhere = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.basic("neo4j", "x"))) {
            long started = System.nanoTime();
            var health = new StoreHealth(nowhere, version).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(StoreHealth.TIMEOUT.toMillis() + 2_000);
        }
    }

    @Test
    void prometheus_metrics_are_for_admins_with_request_timings_store_and_analysis_cache() throws Exception {
        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").statusCode())
                .isEqualTo(401);
        assertThat(ApiClient.demo(port, "viewer").get("/actuator/prometheus").statusCode())
                .isEqualTo(403);
        var admin = ApiClient.demo(port, "admin");
        admin.get("/api/analysis/brokers?region=15085");
        admin.get("/api/analysis/brokers?region=15085");
        var response = admin.get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("http_server_requests_seconds_count")
                .contains("atlas_store_up")
                .contains("atlas_store_nodes{")
                .contains("label=\"Actor\"")
                .contains("atlas_store_cooperations")
                .contains("atlas_analysis_cache_hits_total")
                .contains("atlas_analysis_cache_misses_total")
                .contains("atlas_analysis_cache_entries");
        assertThat(response.body().lines().filter(l -> l.startsWith("atlas_store_up")))
                .anyMatch(l -> l.endsWith(" 1.0"));
    }

    @Test
    void every_other_actuator_endpoint_is_closed_even_for_admins() {
        var admin = ApiClient.demo(port, "admin");
        for (String path : new String[] {
            "/actuator",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/heapdump",
            "/actuator/metrics",
            "/actuator/loggers",
            "/actuator/shutdown"
        }) {
            assertThat(admin.get(path).statusCode()).as(path).isIn(403, 404);
            assertThat(ApiClient.anonymous(port).get(path).statusCode())
                    .as(path)
                    .isIn(401, 403, 404);
        }
    }
}
