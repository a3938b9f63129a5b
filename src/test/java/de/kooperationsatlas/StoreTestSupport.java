package de.kooperationsatlas;

import de.kooperationsatlas.base.KeyedService;
import de.kooperationsatlas.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of the test suite: the real app on a random port, with a fresh embedded Neo4j
 * in a temporary folder, the reference data and the demo data ({@code cypher/demo}) loaded by the
 * demo profile, as a new user's first start does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public abstract class StoreTestSupport {

    private static final Path DATA_DIR = temporaryDataDir();

    @Autowired
    private ApplicationContext applicationContext;

    /**
     * Vaadin installs its security-context strategy JVM-wide when a context starts. A second Spring
     * context in this JVM (ExternalStoreTest, StoreProfileTest …) replaces it, and then this context's
     * filters and its services would look at different holders (the services would see no user at
     * all). Each test puts this context's strategy back.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        applicationContext
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Autowired
    protected Neo4jClient neo4j;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("atlas.data-dir", DATA_DIR::toString);
        // A free port, so the suite runs beside a running app on 7687.
        registry.add("atlas.bolt-port", () -> "0");
        registry.add("atlas.neo4j.uri", () -> "");
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("atlas-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in a user with these roles and every region (and stores it, as the guard reads users from the store). */
    protected void signInAs(String name, Role... roles) {
        signInAs(name, List.of(), roles);
    }

    /** Signs in a user with these roles, scoped to these regions (AGS prefixes). */
    protected void signInAs(String name, List<String> regions, Role... roles) {
        neo4j.query("""
                        MERGE (u:User {name: $name})
                        SET u.roles = $roles, u.regions = $regions, u.enabled = true,
                            u.passwordHash = coalesce(u.passwordHash, '')""")
                .bindAll(Map.of(
                        "name", name,
                        "roles", Arrays.stream(roles).map(Role::name).toList(),
                        "regions", regions))
                .run();
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, "n/a", authorities));
    }

    @AfterEach
    protected void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Entries a test made through a keyed service (network, chain, event), removed after it. */
    private final List<Map.Entry<KeyedService<?, ?>, String>> made = new ArrayList<>();

    /**
     * Marks an entry the test makes for removal after the test, so that other tests see the demo data
     * only; answers the id.
     */
    protected String removeAfterwards(KeyedService<?, ?> service, String id) {
        made.add(Map.entry(service, id));
        return id;
    }

    @AfterEach
    void removeEntriesMadeHere() {
        if (made.isEmpty()) {
            return;
        }
        signInAs("admin-cleanup", Role.ADMIN);
        made.stream()
                .filter(e -> e.getKey().exists(e.getValue()))
                .forEach(e -> e.getKey().delete(e.getValue()));
        made.clear();
        SecurityContextHolder.clearContext();
    }

    /** How many change-log entries record the deletion of this kind and key. */
    protected long changeLogEntries(String kind, String key) {
        return count("MATCH (c:ChangeLog {kind: $kind, key: $key}) RETURN count(c)", Map.of("kind", kind, "key", key));
    }

    protected long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    protected long count(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
    }
}
