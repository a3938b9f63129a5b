package de.kooperationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Passwords: at least 10 characters, not only white space, at most 72 bytes (bcrypt's limit), in German and English. */
class PasswordRulesTest extends StoreTestSupport {

    @Autowired
    UserService users;

    @Test
    void blank_short_and_overlong_passwords_are_refused_with_their_own_message() {
        assertThat(PasswordRules.check("          "))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("user.error.passwordBlank"));
        assertThat(PasswordRules.check("\t \u00a0\u2003      "))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("user.error.passwordBlank"));
        assertThat(PasswordRules.check("kurz"))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("user.error.password"));
        assertThat(PasswordRules.check("x".repeat(73)))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("user.error.passwordTooLong"));
        // 36 umlauts are 72 bytes: the most bcrypt reads; one more is too many.
        assertThat(PasswordRules.check("ä".repeat(36))).isEmpty();
        assertThat(PasswordRules.check("ä".repeat(36) + "x")).isPresent();
        assertThat(PasswordRules.check("  zehn Zeichen  ")).isEmpty();
    }

    @Test
    void the_service_refuses_ten_spaces_on_create_and_on_reset() {
        signInAs("admin", Role.ADMIN);
        assertThatThrownBy(() -> users.create("pw-spaces", null, Set.of(Role.VIEWER), List.of(), " ".repeat(10)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("user.error.passwordBlank"));
        users.create("pw-reset", null, Set.of(Role.VIEWER), List.of(), "anfangs-gut-1");
        assertThatThrownBy(() -> users.resetPassword("pw-reset", "ö".repeat(40)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("user.error.passwordTooLong"));
    }

    @Test
    void the_api_answers_the_rules_in_german_and_in_english() {
        var admin = ApiClient.demo(port, "admin");
        var spaces = admin.putJson("/api/users/pw-api", "{\"roles\": [\"VIEWER\"], \"password\": \"          \"}");
        assertThat(spaces.statusCode()).isEqualTo(400);
        assertThat(spaces.body()).contains("nicht nur aus Leerzeichen");
        var tooLong = admin.putJson(
                "/api/users/pw-api", "{\"roles\": [\"VIEWER\"], \"password\": \"" + "y".repeat(80) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("höchstens 72 Bytes").doesNotContain("cannot be more than");
        var english = admin.send(
                "PUT",
                "/api/users/admin/password",
                "{\"password\": \"" + "z".repeat(73) + "\"}",
                "application/json",
                "Accept-Language",
                "en");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("at most 72 bytes");
    }
}
