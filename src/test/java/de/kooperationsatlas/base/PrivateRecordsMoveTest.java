package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.security.Role;
import de.kooperationsatlas.security.UserService;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A store made before the private store: its users and console history move over on start. */
class PrivateRecordsMoveTest extends StoreTestSupport {

    @Autowired
    PrivateRecordsMove move;

    @Autowired
    UserService users;

    @AfterEach
    void removeTheMovedRecords() {
        privateStore.execute("MATCH (n) WHERE n.name = 'old-editor' OR n.user = 'old-editor' DELETE n", Map.of());
        neo4j.query("MATCH (n) WHERE n.name = 'old-editor' OR n.user = 'old-editor' DELETE n")
                .run();
    }

    @Test
    void users_and_history_in_the_domain_store_move_into_the_private_store() {
        neo4j.query("""
                        CREATE (:User {name: 'old-editor', displayName: 'Alt', roles: ['EDITOR'], regions: ['15'],
                                       enabled: true, passwordHash: 'encrypted', createdAt: datetime(), createdBy: 'system'})
                        CREATE (:ConsoleQuery {user: 'old-editor', query: 'RETURN 1', params: '{}', at: datetime()})""").run();

        move.start();

        assertThat(count("MATCH (n) WHERE n:User OR n:ConsoleQuery RETURN count(n)"))
                .isZero();
        assertThat(users.find("old-editor")).hasValueSatisfying(user -> {
            assertThat(user.displayName()).isEqualTo("Alt");
            assertThat(user.roles()).containsExactly(Role.EDITOR);
            assertThat(user.regions()).containsExactly("15");
            assertThat(user.enabled()).isTrue();
        });
        assertThat(privateStore.query(
                        "MATCH (q:ConsoleQuery {user: 'old-editor'}) RETURN q.query AS query, q.at IS NOT NULL AS at",
                        Map.of()))
                .containsExactly(Map.of("query", "RETURN 1", "at", true));

        // A second start finds nothing more to move, and the moved records stay once.
        move.start();
        assertThat(privateStore.query("MATCH (u:User {name: 'old-editor'}) RETURN count(u) AS n", Map.of()))
                .containsExactly(Map.of("n", 1L));
    }
}
