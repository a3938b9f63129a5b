package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mock.env.MockEnvironment;

/** The demo profile, with its documented passwords, never starts on a store made by the production profile. */
class StoreProfileTest {

    @Test
    void the_demo_profile_refuses_a_production_store_and_production_accepts_its_own() {
        try (var server =
                        Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
                var driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none())) {
            var neo4j = Neo4jClient.create(driver);
            var production = new StoreProfile(neo4j, new MockEnvironment());
            production.run(new DefaultApplicationArguments());
            assertThat(production.freshStore()).isTrue();
            assertThat(production.demo()).isFalse();

            var again = new StoreProfile(neo4j, new MockEnvironment());
            again.run(new DefaultApplicationArguments());
            assertThat(again.freshStore()).isFalse();

            var demoEnvironment = new MockEnvironment();
            demoEnvironment.setActiveProfiles("demo");
            var demo = new StoreProfile(neo4j, demoEnvironment);
            assertThatThrownBy(() -> demo.run(new DefaultApplicationArguments()))
                    .isInstanceOf(StoreRefusedException.class)
                    .hasMessageContaining("refuses to start on a store made by the production profile");
        }
    }
}
