package de.kooperationsatlas.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/actors}: list, one actor, PUT and DELETE, cooperations, over real HTTP as a script calls them. */
class ActorApiTest extends StoreTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    /** Signed in once per user; HTTP Basic would check the password on every call. */
    private ApiClient as(String user) {
        return ApiClient.session(port, user, ApiClient.DEMO_PASSWORDS.get(user));
    }

    private JsonNode ok(ApiClient client, String path) throws Exception {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @AfterEach
    void removeTestActors() {
        neo4j.query("MATCH (a:Actor) WHERE a.id STARTS WITH 'API-' DETACH DELETE a")
                .run();
    }

    @Test
    void field_messages_are_german_unless_the_request_asks_for_english() throws Exception {
        String body = "{\"name\": \"\", \"type\": \"OTHER\", \"seatAgs\": \"15085135\"}";
        var german = as("admin").putJson("/api/actors/API-LANG", body);
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(json.readTree(german.body()).get("errors").findValuesAsText("message"))
                .contains("Pflichtfeld: bitte ausfüllen.");
        var english =
                as("admin").send("PUT", "/api/actors/API-LANG", body, "application/json", "Accept-Language", "en");
        assertThat(json.readTree(english.body()).get("errors").findValuesAsText("message"))
                .contains("Required: please fill in.");
        assertThat(as("admin").get("/api/actors/API-LANG").statusCode()).isEqualTo(404);
    }

    @Test
    void one_actor_answers_in_the_contracts_shape() throws Exception {
        JsonNode actor = ok(as("viewer"), "/api/actors/HZ-GA");
        List<String> fields = new ArrayList<>();
        actor.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "id",
                        "name",
                        "type",
                        "seatAgs",
                        "serves",
                        "lifePhases",
                        "topics",
                        "website",
                        "email",
                        "phone",
                        "description",
                        "since",
                        "until",
                        "networks",
                        "cooperations",
                        "events",
                        "createdAt",
                        "createdBy",
                        "updatedAt",
                        "updatedBy");
        assertThat(actor.get("seatAgs").asText()).isEqualTo("15085135");
        assertThat(actor.get("serves").get(0).isTextual()).isTrue();
        assertThat(actor.get("cooperations").get(0).fieldNames())
                .toIterable()
                .containsExactly("actor", "name", "kind", "since", "until", "intensity", "note");
        assertThat(actor.get("networks").get(0).fieldNames())
                .toIterable()
                .containsExactly("id", "name", "role", "since", "until");
        JsonNode event = actor.get("events").get(0);
        assertThat(event.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(actor.get("createdAt").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:\\d{2})");
    }

    @Test
    void the_list_filters_and_pages_from_zero() throws Exception {
        JsonNode first = ok(as("viewer"), "/api/actors?region=15085&size=3");
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(3);
        assertThat(first.get("content")).hasSize(3);
        long total = first.get("totalElements").asLong();
        assertThat(total).isGreaterThan(3);
        JsonNode last = ok(as("viewer"), "/api/actors?region=15085&size=3&page=" + ((total - 1) / 3));
        assertThat(last.get("content").size()).isEqualTo((int) (total - 3 * ((total - 1) / 3)));
        assertThat(ok(as("viewer"), "/api/actors").get("size").asInt()).isEqualTo(20);
        assertThat(ok(as("viewer"), "/api/actors?size=200").get("content").size())
                .isLessThanOrEqualTo(200);
        JsonNode filtered =
                ok(as("viewer"), "/api/actors?region=16052000&type=PUBLIC_HEALTH_OFFICE&phase=DAYCARE&q=gera");
        assertThat(filtered.get("content").findValuesAsText("id")).contains("GERA-AGV");
        assertThat(filtered.get("content").findValuesAsText("type")).containsOnly("PUBLIC_HEALTH_OFFICE");
        assertThat(as("viewer").get("/api/actors?size=201").statusCode()).isEqualTo(400);
        assertThat(as("viewer").get("/api/actors?page=-1").statusCode()).isEqualTo(400);
        assertThat(as("viewer").get("/api/actors?region=99").statusCode()).isEqualTo(404);
        assertThat(as("viewer").get("/api/actors?phase=NAPPING").body()).contains("NAPPING");
    }

    @Test
    void put_creates_then_changes_and_delete_removes_an_actor() throws Exception {
        var editor = as("editor");
        var created = editor.putJson("/api/actors/API-1", """
                {"name": "Familienzentrum Test", "type": "CIVIC_ASSOCIATION", "seatAgs": "15085135",
                 "serves": ["15085"], "lifePhases": ["DAYCARE", "EARLY_CHILDHOOD"], "topics": ["Bewegungsförderung"],
                 "email": "gesundheitsförderung@example.org"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/actors/API-1");
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("lifePhases").findValuesAsText("")).isEmpty();
        assertThat(body.get("lifePhases").get(0).asText()).isEqualTo("EARLY_CHILDHOOD");
        assertThat(body.get("createdBy").asText()).isEqualTo("editor");
        assertThat(body.get("email").asText()).isEqualTo("gesundheitsförderung@example.org");

        // Sent back as GET shows it, with one change: networks, cooperations and audit fields are ignored.
        String changed = created.body().replace("Familienzentrum Test", "Familienzentrum Test e.V.");
        var updated = editor.putJson("/api/actors/API-1", changed);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).get("name").asText()).isEqualTo("Familienzentrum Test e.V.");

        var cooperation = editor.putJson("/api/actors/API-1/cooperations/HZ-GA", """
                {"kind": "REFERRAL", "since": "2023-04-24", "intensity": 3, "note": "Lotsendienst"}""");
        assertThat(cooperation.statusCode()).as(cooperation.body()).isEqualTo(201);
        assertThat(json.readTree(cooperation.body()).get("kind").asText()).isEqualTo("REFERRAL");
        assertThat(editor.putJson("/api/actors/HZ-GA/cooperations/API-1", "{\"kind\": \"PROJECT\"}")
                        .statusCode())
                .as("the same pair, seen from the other side")
                .isEqualTo(200);
        assertThat(ok(editor, "/api/actors/API-1")
                        .get("cooperations")
                        .get(0)
                        .get("kind")
                        .asText())
                .isEqualTo("PROJECT");
        assertThat(editor.delete("/api/actors/API-1/cooperations/HZ-GA").statusCode())
                .isEqualTo(204);
        assertThat(editor.delete("/api/actors/API-1/cooperations/HZ-GA").statusCode())
                .isEqualTo(404);

        assertThat(editor.delete("/api/actors/API-1").statusCode()).isEqualTo(204);
        assertThat(editor.get("/api/actors/API-1").statusCode()).isEqualTo(404);
    }

    @Test
    void since_and_until_of_actors_cooperations_and_memberships_follow_the_until_rule() throws Exception {
        var admin = as("admin");
        var created = admin.putJson("/api/actors/API-T", """
                {"name": "Kita auf Zeit", "type": "DAYCARE", "seatAgs": "15085135", "lifePhases": ["DAYCARE"],
                 "since": "2019", "until": "2024-07-31"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var actor = ok(admin, "/api/actors/API-T");
        assertThat(actor.get("since").asText()).isEqualTo("2019");
        assertThat(actor.get("until").asText()).isEqualTo("2024-07-31");

        // An until before the since is a 400 at until, and nothing changes.
        var backwards = admin.putJson("/api/actors/API-T", """
                {"name": "Kita auf Zeit", "type": "DAYCARE", "seatAgs": "15085135", "since": "2019", "until": "2018"}""");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).get("errors").findValuesAsText("field"))
                .containsExactly("until");
        var german = admin.putJson("/api/actors/API-T", """
                {"name": "Kita auf Zeit", "type": "DAYCARE", "seatAgs": "15085135", "until": "31.07.2024"}""");
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(json.readTree(german.body()).get("errors").findValuesAsText("field"))
                .containsExactly("until");
        assertThat(ok(admin, "/api/actors/API-T").get("until").asText()).isEqualTo("2024-07-31");

        // Ending a cooperation keeps it, with its until.
        var ended = admin.putJson("/api/actors/API-T/cooperations/HZ-GA", """
                {"kind": "EXCHANGE", "since": "2020", "until": "2023-12-31"}""");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(201);
        var cooperation = ok(admin, "/api/actors/API-T").get("cooperations").get(0);
        assertThat(cooperation.get("until").asText()).isEqualTo("2023-12-31");
        var reversed = admin.putJson("/api/actors/API-T/cooperations/HZ-GA", """
                {"kind": "EXCHANGE", "since": "2020", "until": "2019"}""");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(reversed.body()).get("errors").findValuesAsText("field"))
                .containsExactly("until");
        assertThat(ok(admin, "/api/actors/API-T")
                        .get("cooperations")
                        .get(0)
                        .get("until")
                        .asText())
                .isEqualTo("2023-12-31");

        // A membership's until, and the same rule.
        var badMember = admin.putJson(
                "/api/networks/HZ-STEUERKREIS/members/API-T", "{\"since\": \"2023\", \"until\": \"2022\"}");
        assertThat(badMember.statusCode()).isEqualTo(400);
        var member = admin.putJson(
                "/api/networks/HZ-STEUERKREIS/members/API-T", "{\"since\": \"2023\", \"until\": \"2024\"}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        var network = ok(admin, "/api/actors/API-T").get("networks").get(0);
        assertThat(network.get("until").asText()).isEqualTo("2024");

        // The analyses see the actor and its cooperation only while they last.
        assertThat(ok(admin, "/api/analysis/isolated?region=15085135&asOf=2022").toString())
                .doesNotContain("API-T");
        assertThat(ok(admin, "/api/analysis/isolated?region=15085135&asOf=2024-01-01")
                        .toString())
                .contains("API-T");
        assertThat(ok(admin, "/api/analysis/isolated?region=15085135&asOf=2024-08-01")
                        .toString())
                .doesNotContain("API-T");
        assertThat(admin.get("/api/actors/API-T/suggestions?asOf=2025").statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/api/actors/API-T/suggestions?asOf=2024-06-30").statusCode())
                .isEqualTo(200);
    }

    @Test
    void broken_fields_are_a_400_listing_each_field_and_message() throws Exception {
        var response = as("admin").putJson("/api/actors/API-2", """
                {"name": "", "type": "BAKERY", "seatAgs": "1508", "lifePhases": ["NAPPING"],
                 "website": "example.org", "email": "nope"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").findValuesAsText("field"))
                .contains("name", "type", "seatAgs", "lifePhases", "website", "email");
        assertThat(problem.get("errors").findValuesAsText("message"))
                .allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(problem.get("detail").asText()).contains("BAKERY");
        var english = as("admin")
                .send(
                        "PUT",
                        "/api/actors/API-2",
                        "{\"name\": \"x\", \"type\": \"BAKERY\"}",
                        "application/json",
                        "Accept-Language",
                        "en");
        assertThat(json.readTree(english.body()).get("detail").asText()).contains("Unknown actor type \"BAKERY\"");
        var renamed = as("admin").putJson("/api/actors/HZ-GA", "{\"id\": \"HZ-GA2\", \"name\": \"x\"}");
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(renamed.body()).get("errors").findValuesAsText("field"))
                .containsExactly("id");
        assertThat(as("admin").get("/api/actors/API-2").statusCode()).isEqualTo(404);
    }

    @Test
    void ids_with_invisible_characters_and_names_with_nul_are_a_400_at_the_field() throws Exception {
        String body = "{\"name\": \"Look-alike\", \"type\": \"OTHER\", \"seatAgs\": \"15085135\"}";
        // A zero-width space and a right-to-left override: ids that look like API-X and API-X.
        for (String[] id : new String[][] {{"API-%E2%80%8BX", "U+200B"}, {"API-%E2%80%AEX", "U+202E"}}) {
            var response = as("admin").putJson("/api/actors/" + id[0], body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode errors = json.readTree(response.body()).get("errors");
            assertThat(errors.findValuesAsText("field")).containsExactly("id");
            assertThat(errors.findValuesAsText("message").getFirst()).contains(id[1], "Kennung");
        }
        var nul = as("admin")
                .putJson(
                        "/api/actors/API-NUL",
                        "{\"name\": \"Amt\\u0000\", \"type\": \"OTHER\", \"seatAgs\": \"15085135\"}");
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(json.readTree(nul.body()).get("errors").findValuesAsText("field"))
                .containsExactly("name");
        assertThat(as("admin").get("/api/actors/API-NUL").statusCode()).isEqualTo(404);
        // Spaces and umlauts stay allowed.
        var plain = as("admin").putJson("/api/actors/API-M%C3%BCller%201", body);
        assertThat(plain.statusCode()).as(plain.body()).isIn(200, 201);
        assertThat(ok(as("viewer"), "/api/actors/API-M%C3%BCller%201").get("id").asText())
                .isEqualTo("API-Müller 1");
    }
}
