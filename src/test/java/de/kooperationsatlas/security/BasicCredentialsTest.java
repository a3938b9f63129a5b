package de.kooperationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** HTTP Basic: the password is checked once with bcrypt, then the same credentials are recognised cheaply. */
class BasicCredentialsTest extends StoreTestSupport {

    @Test
    void repeated_basic_calls_skip_the_password_check() {
        var viewer = ApiClient.demo(port, "viewer");
        long first = System.nanoTime();
        assertThat(viewer.get("/api/regions/15").statusCode()).isEqualTo(200);
        double firstMs = (System.nanoTime() - first) / 1e6;
        // Warm up the request path, then measure.
        for (int i = 0; i < 20; i++) {
            viewer.get("/api/regions/15");
        }
        double[] ms = new double[50];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            assertThat(viewer.get("/api/regions/15").statusCode()).isEqualTo(200);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        // The same call with a browser session, which never checked a password per request, for comparison.
        var session = ApiClient.session(port, "viewer", "viewer-demo");
        double[] sessionMs = new double[50];
        for (int i = 0; i < sessionMs.length; i++) {
            long start = System.nanoTime();
            assertThat(session.get("/api/regions/15").statusCode()).isEqualTo(200);
            sessionMs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(sessionMs);
        System.out.printf(
                "GET /api/regions/15 with Basic: first %.1f ms, p50 %.1f ms, p90 %.1f ms;"
                        + " with a session: p50 %.1f ms, p90 %.1f ms%n",
                firstMs, ms[25], ms[45], sessionMs[25], sessionMs[45]);
    }

    @Test
    void a_wrong_password_after_a_remembered_right_one_is_refused_and_pays_the_full_check() {
        var analyst = ApiClient.demo(port, "analyst");
        assertThat(analyst.get("/api/regions/15").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/regions/15").statusCode()).isEqualTo(200);
        var wrong = ApiClient.basic(port, "analyst", "analyst-demo-falsch");
        long start = System.nanoTime();
        assertThat(wrong.get("/api/regions/15").statusCode()).isEqualTo(401);
        double wrongMs = (System.nanoTime() - start) / 1e6;
        // bcrypt with cost 10 takes tens of milliseconds; a remembered check takes well under one.
        assertThat(wrongMs).isGreaterThan(15);
        assertThat(ApiClient.basic(port, "Analyst", "analyst-demo")
                        .get("/api/regions/15")
                        .statusCode())
                .isEqualTo(401);
    }
}
