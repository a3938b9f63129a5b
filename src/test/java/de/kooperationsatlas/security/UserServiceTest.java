package de.kooperationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserServiceTest extends StoreTestSupport {

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void the_demo_profile_creates_one_user_per_role() {
        assertThat(users.find("viewer"))
                .hasValueSatisfying(u -> assertThat(u.roles()).containsExactly(Role.VIEWER));
        assertThat(users.find("analyst"))
                .hasValueSatisfying(u -> assertThat(u.roles()).containsExactly(Role.ANALYST));
        assertThat(users.find("editor")).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly(Role.EDITOR);
            assertThat(u.regions()).containsExactly("15");
        });
        assertThat(users.find("admin"))
                .hasValueSatisfying(u -> assertThat(u.has(Role.EDITOR)).isTrue());
    }

    @Test
    void a_stored_password_hash_is_encrypted_and_useless_without_the_secret() {
        String stored = (String) privateStore
                .query("MATCH (u:User {name: 'viewer'}) RETURN u.passwordHash AS hash", Map.of())
                .getFirst()
                .get("hash");
        assertThat(stored).doesNotStartWith("$2").doesNotContain("viewer-demo");
        assertThat(passwords.matches("viewer-demo", stored)).isTrue();
        assertThat(passwords.matches("viewer-dem0", stored)).isFalse();
        var otherServer = new PasswordHashing("another-secret", "0123456789abcdef");
        assertThat(otherServer.matches("viewer-demo", stored)).isFalse();
    }

    @Test
    void an_admin_creates_a_regional_editor_and_resets_the_password() {
        signInAs("admin", Role.ADMIN);
        var created = users.create("kgc-harz", "KGC Harz", Set.of(Role.EDITOR), List.of("15085"), "lang-genug-123");
        assertThat(created.regions()).containsExactly("15085");
        users.resetPassword("kgc-harz", "noch-laenger-456");
        String stored = (String) privateStore
                .query("MATCH (u:User {name: 'kgc-harz'}) RETURN u.passwordHash AS hash", Map.of())
                .getFirst()
                .get("hash");
        assertThat(passwords.matches("noch-laenger-456", stored)).isTrue();
        var updated = users.update("kgc-harz", "KGC", Set.of(Role.EDITOR, Role.ANALYST), List.of("15", "16"), false);
        assertThat(updated.enabled()).isFalse();
        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ANALYST);
    }

    @Test
    void bad_user_input_is_refused_field_by_field() {
        signInAs("admin", Role.ADMIN);
        assertThatThrownBy(() -> users.create("Viewer Name", null, Set.of(), List.of("99999"), "kurz"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("name", "roles", "regions", "password"));
        assertThatThrownBy(() -> users.create("viewer", null, Set.of(Role.VIEWER), List.of(), "lang-genug-123"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("user.error.nameTaken"));
    }

    @Test
    void only_an_admin_manages_users() {
        signInAs("editor", List.of("15"), Role.EDITOR);
        assertThatThrownBy(() -> users.create("someone", null, Set.of(Role.VIEWER), List.of(), "lang-genug-123"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(users::list).isInstanceOf(AccessDeniedException.class);
    }
}
