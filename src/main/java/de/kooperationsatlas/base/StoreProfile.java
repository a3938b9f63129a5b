package de.kooperationsatlas.base;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Marks a store with the profile that made it. The demo profile refuses a store made by the
 * production profile, so demo users with documented passwords never enter real data.
 */
@Component
@Order(StartupOrder.STORE_PROFILE)
public class StoreProfile implements ApplicationRunner {

    private final Neo4jClient neo4j;
    private final boolean demo;
    private boolean freshStore;

    StoreProfile(Neo4jClient neo4j, Environment environment) {
        this.neo4j = neo4j;
        this.demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
    }

    @Override
    public void run(ApplicationArguments args) {
        String wanted = demo ? "demo" : "production";
        var existing = neo4j.query("MATCH (s:AtlasStore {id: 'store'}) RETURN s.profile AS profile")
                .fetchAs(String.class)
                .one();
        if (existing.isEmpty()) {
            neo4j.query(
                            "MERGE (s:AtlasStore {id: 'store'}) ON CREATE SET s.profile = $profile, s.createdAt = datetime()")
                    .bindAll(Map.of("profile", wanted))
                    .run();
            freshStore = true;
        } else if (demo && !"demo".equals(existing.get())) {
            throw new StoreRefusedException(
                    "The demo profile refuses to start on a store made by the production profile: its demo users"
                            + " have documented passwords.",
                    "Start without SPRING_PROFILES_ACTIVE=demo, or point ATLAS_DATA_DIR (or NEO4J_URI) at another"
                            + " store for the demo.");
        }
    }

    /** Whether this start made the store (so first-start steps such as the admin user run). */
    public boolean freshStore() {
        return freshStore;
    }

    public boolean demo() {
        return demo;
    }
}
