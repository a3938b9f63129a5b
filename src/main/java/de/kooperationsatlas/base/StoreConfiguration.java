package de.kooperationsatlas.base;

import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the store: an external Neo4j server or cluster when {@code NEO4J_URI} is set, else the
 * embedded one. Boot's own driver backs off because this class defines the {@link Driver}.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean
    DataFolder dataFolder(AtlasProperties properties) {
        return new DataFolder(properties.dataDir());
    }

    /**
     * The app's own records, always embedded next to the app (also with an external domain store), and
     * closed after everything that uses them.
     */
    @Bean(destroyMethod = "close")
    PrivateStore privateStore(DataFolder data) {
        return PrivateStore.start(data);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${atlas.neo4j.uri:}'.isBlank()")
    EmbeddedStore embeddedStore(AtlasProperties properties, DataFolder data) {
        return EmbeddedStore.start(
                data, properties.boltPort(), properties.neo4j().password());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(AtlasProperties properties, ObjectProvider<EmbeddedStore> embedded) {
        var config = Config.builder()
                // The driver's default logger formats every message before checking the level: with
                // 10,000-row batches that costs seconds per import (measured by the import benchmark).
                .withLogging(Logging.slf4j())
                .withMaxConnectionPoolSize(50)
                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
                .build();
        @Nullable EmbeddedStore store = embedded.getIfAvailable();
        Driver driver;
        if (store != null) {
            driver =
                    GraphDatabase.driver(store.boltUri(), AuthTokens.basic(store.username(), store.password()), config);
        } else {
            var external = properties.neo4j();
            String password = external.password() == null ? "" : external.password();
            driver = GraphDatabase.driver(external.uri(), AuthTokens.basic(external.username(), password), config);
            log.info("Using the external Neo4j at {}", external.uri());
        }
        driver.verifyConnectivity();
        return driver;
    }
}
