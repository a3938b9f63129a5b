package de.kooperationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in throttling over real HTTP: ten wrong passwords for one name from one address, and every
 * further attempt for that name from that address is 429 with Retry-After, the right password included;
 * other names and other addresses sign in as before. The test client is on 127.0.0.1, a trusted proxy
 * address, so {@code X-Forwarded-For} stands for another client address.
 */
class SignInThrottleTest extends StoreTestSupport {

    static final String OTHER_ADDRESS = "203.0.113.7";

    @Autowired
    UserService users;

    @Test
    void ten_wrong_basic_passwords_refuse_the_name_from_this_address_even_with_the_right_password() {
        createUser("throttle-basic");
        createUser("throttle-other");
        for (int i = 0; i < 10; i++) {
            assertThat(ApiClient.basic(port, "throttle-basic", "falsch-" + i)
                            .get("/api/regions/15")
                            .statusCode())
                    .isEqualTo(401);
        }
        var refused = ApiClient.basic(port, "throttle-basic", "richtig-lang-1").get("/api/regions/15");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(250L, 300L));
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("Zu viele fehlgeschlagene Anmeldungen", "throttle-basic");

        // Another name from the same address, and the same name from another address: unaffected.
        assertThat(ApiClient.basic(port, "throttle-other", "richtig-lang-1")
                        .get("/api/regions/15")
                        .statusCode())
                .isEqualTo(200);
        assertThat(ApiClient.basic(port, "throttle-basic", "richtig-lang-1")
                        .send("GET", "/api/regions/15", null, null, "X-Forwarded-For", OTHER_ADDRESS)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_login_form_is_throttled_alike_with_a_german_message() {
        createUser("throttle-form");
        for (int i = 0; i < 10; i++) {
            var wrong = formSignIn("throttle-form", "falsch-" + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("error"));
        }
        var refused = formSignIn("throttle-form", "richtig-lang-1");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("Zu viele fehlgeschlagene Anmeldungen für „throttle-form“");
        assertThat(formSignIn("throttle-form", "richtig-lang-1", "Accept-Language", "en")
                        .body())
                .contains("Too many failed sign-ins");
        // The API refuses the same name from the same address too: the throttle is per name and address.
        assertThat(ApiClient.basic(port, "throttle-form", "richtig-lang-1")
                        .get("/api/regions/15")
                        .statusCode())
                .isEqualTo(429);
        var elsewhere = formSignIn("throttle-form", "richtig-lang-1", "X-Forwarded-For", OTHER_ADDRESS);
        assertThat(elsewhere.statusCode()).isEqualTo(302);
        assertThat(elsewhere.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void the_refusal_ends_when_the_window_has_passed() {
        var clock = new MovableClock();
        var throttle = new SignInThrottle(settings(10), clock);
        for (int i = 0; i < 9; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertThat(throttle.refusedFor("anna", "10.0.0.1")).isEmpty();
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.refusedFor("anna", "10.0.0.1")).hasValue(Duration.ofMinutes(5));
        assertThat(throttle.refusedFor("Anna ", "10.0.0.1")).isPresent();
        assertThat(throttle.refusedFor("anna", "10.0.0.2")).isEmpty();
        assertThat(throttle.refusedFor("bert", "10.0.0.1")).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.refusedFor("anna", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        var clock = new MovableClock();
        var throttle = new SignInThrottle(settings(10), clock);
        for (int i = 0; i < 9; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(6));
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.refusedFor("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void the_table_of_attempts_is_bounded() {
        var throttle = new SignInThrottle(settings(100), new MovableClock());
        for (int i = 0; i < 1000; i++) {
            throttle.failed("name-" + i, "10.0.0.1");
        }
        assertThat(throttle.tracked()).isEqualTo(100);
    }

    private static SecuritySettings settings(int tracked) {
        return new SecuritySettings(10, Duration.ofMinutes(5), tracked, Duration.ofMinutes(5), 100, 5, 100);
    }

    private void createUser(String name) {
        signInAs("admin", Role.ADMIN);
        if (users.find(name).isEmpty()) {
            users.create(name, null, Set.of(Role.VIEWER), List.of(), "richtig-lang-1");
        }
        signOut();
    }

    private HttpResponse<String> formSignIn(String user, String password, String... headers) {
        return ApiClient.anonymous(port)
                .send(
                        "POST",
                        "/login",
                        "username=" + user + "&password=" + password,
                        "application/x-www-form-urlencoded",
                        headers);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
