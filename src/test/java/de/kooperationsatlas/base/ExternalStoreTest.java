package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store contract against a second, separate Neo4j server reached over Bolt through
 * {@code NEO4J_URI}: the app starts no embedded store then, and everything works the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("demo")
class ExternalStoreTest implements StoreContract {

    private static final Neo4j SERVER = startServer();
    private static final String DATA_DIR = tempDir();

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void externalStore(DynamicPropertyRegistry registry) throws IOException {
        // neo4j:// is the routing scheme a cluster uses; a single server answers it too.
        registry.add("atlas.neo4j.uri", () -> "neo4j://" + SERVER.boltURI().getAuthority());
        registry.add("atlas.neo4j.username", () -> "neo4j");
        registry.add("atlas.neo4j.password", () -> "unused-without-auth");
        registry.add("atlas.data-dir", () -> DATA_DIR);
    }

    private static Neo4j startServer() {
        Neo4j server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("atlas-external-").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mock web environment puts a request into the test thread; the contract's tests act as the
     * system (start-up, command line), which the access guard grants only outside web requests.
     */
    @org.junit.jupiter.api.BeforeEach
    void outsideAnyWebRequest() {
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
    }

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Test
    void no_embedded_store_is_started_when_an_external_one_is_configured() {
        assertThat(context.getBeanNamesForType(EmbeddedStore.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("atlas.neo4j.uri")).startsWith("neo4j://");
    }
}
