package de.kooperationsatlas.security;

import de.kooperationsatlas.base.PrivateStore;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Loads and saves users in the private store, where no console query and no Bolt client reaches them
 * (the domain graph held them before; {@code base.PrivateRecordsMove} moves old
 * ones over). Same method names as the Spring Data repository it replaces.
 */
@Component
class UserStore {

    /** One user by name, as fixed text: no statement of this store is put together from pieces. */
    private static final String FIND_ONE = """
            MATCH (u:User {name: $name})
            RETURN u.name AS name, u.displayName AS displayName, u.roles AS roles, u.regions AS regions,
                   u.passwordHash AS passwordHash, u.enabled AS enabled, u.createdAt AS createdAt,
                   u.createdBy AS createdBy, u.updatedAt AS updatedAt, u.updatedBy AS updatedBy""";

    /** Every user by name. */
    private static final String FIND_ALL = """
            MATCH (u:User)
            RETURN u.name AS name, u.displayName AS displayName, u.roles AS roles, u.regions AS regions,
                   u.passwordHash AS passwordHash, u.enabled AS enabled, u.createdAt AS createdAt,
                   u.createdBy AS createdBy, u.updatedAt AS updatedAt, u.updatedBy AS updatedBy
            ORDER BY name""";

    private final PrivateStore store;

    UserStore(PrivateStore store) {
        this.store = store;
    }

    Optional<UserNode> findById(String name) {
        return store.query(FIND_ONE, Map.of("name", name)).stream().findFirst().map(UserStore::toNode);
    }

    List<UserNode> findAll() {
        return store.query(FIND_ALL, Map.of()).stream().map(UserStore::toNode).toList();
    }

    long count() {
        return ((Number) store.query("MATCH (u:User) RETURN count(u) AS n", Map.of())
                        .getFirst()
                        .get("n"))
                .longValue();
    }

    boolean existsById(String name) {
        return findById(name).isPresent();
    }

    /** Creates or replaces the user with this name (every field, as the repository did). */
    UserNode save(UserNode user) {
        Map<String, @Nullable Object> fields = new HashMap<>();
        fields.put("displayName", user.displayName());
        fields.put("roles", user.roles());
        fields.put("regions", user.regions());
        fields.put("passwordHash", user.passwordHash());
        fields.put("enabled", user.enabled());
        fields.put("createdAt", user.createdAt());
        fields.put("createdBy", user.createdBy());
        fields.put("updatedAt", user.updatedAt());
        fields.put("updatedBy", user.updatedBy());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("name", user.name());
        parameters.put("fields", fields);
        store.execute("MERGE (u:User {name: $name}) SET u = $fields, u.name = $name", parameters);
        return user;
    }

    private static UserNode toNode(Map<String, Object> row) {
        return new UserNode(
                (String) row.get("name"),
                (String) row.get("displayName"),
                strings(row.get("roles")),
                strings(row.get("regions")),
                row.get("passwordHash") instanceof String hash ? hash : "",
                Boolean.TRUE.equals(row.get("enabled")),
                (ZonedDateTime) row.get("createdAt"),
                (String) row.get("createdBy"),
                (ZonedDateTime) row.get("updatedAt"),
                (String) row.get("updatedBy"));
    }

    /** A stored list property: the embedded store hands out arrays, parameters come back as lists. */
    static List<String> strings(@Nullable Object value) {
        if (value instanceof String[] array) {
            return List.copyOf(Arrays.asList(array));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
