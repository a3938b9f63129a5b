package de.kooperationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import jakarta.servlet.ServletContext;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The contract's roles table, called over real HTTP as every kind of user: anonymous, VIEWER, ANALYST,
 * EDITOR scoped to Sachsen-Anhalt ({@code 15}), EDITOR without regions, ADMIN. Writes create their own
 * things ({@code RM-…}) and delete them again; refused writes aim at real demo data, which must come out
 * unchanged. One table row per call: adding an endpoint is one line.
 */
class RightsMatrixTest extends StoreTestSupport {

    /** Who calls, in the order of each row's expected statuses. */
    enum Who {
        ANONYMOUS,
        VIEWER,
        ANALYST,
        EDITOR_15,
        EDITOR_ALL,
        ADMIN;

        /** A per-user key part, so that each user's writes touch its own things. */
        String key() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** Not called for this user (an allowed write on real data that the matrix need not repeat). */
    static final int SKIP = 0;

    record Call(String method, String path, @Nullable String body, int... expected) {
        static Call get(String path, int... expected) {
            return new Call("GET", path, null, expected);
        }

        static Call put(String path, String body, int... expected) {
            return new Call("PUT", path, body, expected);
        }

        static Call delete(String path, int... expected) {
            return new Call("DELETE", path, null, expected);
        }
    }

    // Statuses per Who: anonymous, viewer, analyst, editor 15, editor all, admin.
    static final int[] READ = {401, 200, 200, 200, 200, 200};
    static final int[] ADMIN_READ = {401, 403, 403, 403, 403, 200};

    static final String ACTOR_15 = """
            {"name": "Matrix-Testakteur Halberstadt", "type": "OTHER", "seatAgs": "15085135",
             "lifePhases": ["DAYCARE"], "topics": ["Bewegungsförderung"]}""";
    static final String ACTOR_16 = """
            {"name": "Matrix-Testakteur Gera", "type": "OTHER", "seatAgs": "16052000"}""";
    static final String COOPERATION = """
            {"kind": "PROJECT", "since": "2024", "intensity": 2, "note": "Matrix"}""";

    /** Every endpoint of the API; {u} is the caller's key. */
    static final List<Call> API = List.of(
            // Reads: every signed-in user.
            Call.get("/api/regions/15", READ),
            Call.get("/api/actors?region=15&phase=DAYCARE&size=5", READ),
            Call.get("/api/actors/HZ-GA", READ),
            Call.get("/api/actors/HZ-GA/suggestions?limit=3", READ),
            Call.get("/api/municipalities/15085135/collaborators?phase=DAYCARE", READ),
            Call.get("/api/analysis/coverage?region=15085", READ),
            Call.get("/api/analysis/transitions?region=15085", READ),
            Call.get("/api/analysis/unconnected-peers?region=15085&limit=3", READ),
            Call.get("/api/analysis/isolated?region=15085", READ),
            Call.get("/api/analysis/brokers?region=15085&limit=3", READ),
            Call.get("/api/analysis/districts?state=15", READ),
            Call.get("/api/export/graphml?region=15085", READ),
            Call.get("/api/networks", READ),
            Call.get("/api/networks/GERA-GK", READ),
            Call.get("/api/chains", READ),
            Call.get("/api/chains/GERA-PK", READ),
            Call.get("/api/events", READ),
            Call.get("/api/events/HZ-GK-2023-11-23", READ),
            // The API's description is public.
            Call.get("/api/docs/openapi.json", 200, 200, 200, 200, 200, 200),
            // Users: ADMIN only, reads too.
            Call.get("/api/users", ADMIN_READ),
            Call.get("/api/users/viewer", ADMIN_READ),
            // An actor in Sachsen-Anhalt with everything an editor may hang on it, then gone again.
            Call.put("/api/actors/RM-{u}-15", ACTOR_15, 401, 403, 403, 201, 201, 201),
            Call.put("/api/actors/RM-{u}-15", ACTOR_15, 401, 403, 403, 200, 200, 200),
            Call.put("/api/actors/RM-{u}-15/cooperations/HZ-GA", COOPERATION, 401, 403, 403, 201, 201, 201),
            Call.delete("/api/actors/RM-{u}-15/cooperations/HZ-GA", 401, 403, 403, 204, 204, 204),
            Call.put(
                    "/api/networks/GERA-GK/members/RM-{u}-15",
                    "{\"role\": \"Gast\", \"since\": \"2024\"}",
                    401,
                    403,
                    403,
                    201,
                    201,
                    201),
            Call.delete("/api/networks/GERA-GK/members/RM-{u}-15", 401, 403, 403, 204, 204, 204),
            Call.put(
                    "/api/chains/GERA-PK/contributors/RM-{u}-15",
                    "{\"lifePhases\": [\"DAYCARE\"]}",
                    401,
                    403,
                    403,
                    201,
                    201,
                    201),
            Call.delete("/api/chains/GERA-PK/contributors/RM-{u}-15", 401, 403, 403, 204, 204, 204),
            Call.put("/api/events/HZ-GK-2023-11-23/participants/RM-{u}-15", null, 401, 403, 403, 201, 201, 201),
            Call.delete("/api/events/HZ-GK-2023-11-23/participants/RM-{u}-15", 401, 403, 403, 204, 204, 204),
            Call.delete("/api/actors/RM-{u}-15", 401, 403, 403, 204, 204, 204),
            // Outside the scoped editor's regions: refused on the server, however the request was made.
            Call.put("/api/actors/RM-{u}-16", ACTOR_16, 401, 403, 403, 403, 201, 201),
            Call.delete("/api/actors/RM-{u}-16", 401, 403, 403, 404, 204, 204),
            Call.put("/api/actors/GERA-AGV", "{crafted:GERA-AGV}", 401, 403, 403, 403, SKIP, SKIP),
            Call.put("/api/actors/GERA-AGV", "{crafted:GERA-AGV:15085135}", 401, 403, 403, 403, SKIP, SKIP),
            Call.put("/api/actors/HZ-GA", "{crafted:HZ-GA:16052000}", 401, 403, 403, 403, SKIP, SKIP),
            Call.delete("/api/actors/GERA-AGV", 401, 403, 403, 403, SKIP, SKIP),
            Call.put("/api/actors/GERA-AGV/cooperations/GERA-SOZ", COOPERATION, 401, 403, 403, 403, SKIP, SKIP),
            Call.delete("/api/actors/GERA-AGV/cooperations/GERA-SOZ", 401, 403, 403, 403, SKIP, SKIP),
            Call.put("/api/networks/GERA-GK/members/GERA-SOZ", "{\"role\": \"Gast\"}", 401, 403, 403, 403, SKIP, SKIP),
            Call.delete("/api/networks/GERA-GK/members/GERA-SOZ", 401, 403, 403, 403, SKIP, SKIP),
            Call.put(
                    "/api/chains/GERA-PK/contributors/GERA-AGV",
                    "{\"lifePhases\": []}",
                    401,
                    403,
                    403,
                    403,
                    SKIP,
                    SKIP),
            Call.delete("/api/chains/GERA-PK/contributors/GERA-AGV", 401, 403, 403, 403, SKIP, SKIP),
            Call.put("/api/events/GERA-GK-2024-04-17/participants/GERA-AGV", null, 401, 403, 403, 403, SKIP, SKIP),
            Call.delete("/api/events/GERA-GK-2024-04-17/participants/GERA-AGV", 401, 403, 403, 403, SKIP, SKIP),
            // Networks, chains, events, users, import: ADMIN.
            Call.put(
                    "/api/networks/RM-{u}",
                    "{\"name\": \"Matrix-Netz\", \"covers\": [\"15\"]}",
                    401,
                    403,
                    403,
                    403,
                    403,
                    201),
            Call.delete("/api/networks/RM-{u}", 401, 403, 403, 403, 403, 204),
            Call.put(
                    "/api/chains/RM-{u}",
                    "{\"name\": \"Matrix-Kette\", \"regionAgs\": \"15085\"}",
                    401,
                    403,
                    403,
                    403,
                    403,
                    201),
            Call.delete("/api/chains/RM-{u}", 401, 403, 403, 403, 403, 204),
            Call.put(
                    "/api/events/RM-{u}",
                    "{\"name\": \"Matrix-Treffen\", \"date\": \"2025-03-01\", \"municipalityAgs\": \"15085135\"}",
                    401,
                    403,
                    403,
                    403,
                    403,
                    201),
            Call.delete("/api/events/RM-{u}", 401, 403, 403, 403, 403, 204),
            Call.put(
                    "/api/users/rm-{u}",
                    "{\"roles\": [\"VIEWER\"], \"password\": \"matrix-password-1\"}",
                    401,
                    403,
                    403,
                    403,
                    403,
                    201),
            Call.put(
                    "/api/users/rm-{u}/password",
                    "{\"password\": \"matrix-password-2\"}",
                    401,
                    403,
                    403,
                    403,
                    403,
                    204),
            new Call("POST", "/api/import?dryRun=true", "{multipart}", 401, 403, 403, 403, 403, 200),
            new Call("POST", "/api/cypher", "{\"query\": \"RETURN 1 AS one\"}", 401, 403, 200, 403, 403, 200),
            Call.get("/api/export", READ),
            Call.get("/api/map/districts", READ),
            Call.get("/api/graph?region=15085", READ),
            Call.get("/api/map/states/15/municipalities", READ));

    /** The app's view routes and who may open them (true = every signed-in user). */
    static final Map<String, Set<Who>> VIEWS = Map.ofEntries(
            Map.entry("", signedIn()),
            Map.entry("regions", signedIn()),
            Map.entry("actors", signedIn()),
            Map.entry("actors/:id", signedIn()),
            Map.entry("actors/new", Set.of(Who.EDITOR_15, Who.EDITOR_ALL, Who.ADMIN)),
            Map.entry("actors/:id/edit", Set.of(Who.EDITOR_15, Who.EDITOR_ALL, Who.ADMIN)),
            Map.entry("analysis", signedIn()),
            Map.entry("analysis/suggestions", signedIn()),
            Map.entry("analysis/collaborators", signedIn()),
            Map.entry("analysis/districts", signedIn()),
            Map.entry("about", signedIn()),
            Map.entry("map", signedIn()),
            Map.entry("graph", signedIn()),
            Map.entry("analysis/phases", signedIn()),
            Map.entry("analysis/structure", signedIn()),
            Map.entry("analysis/changes", signedIn()),
            Map.entry("console", Set.of(Who.ANALYST, Who.ADMIN)),
            Map.entry("admin/networks/:id?", Set.of(Who.ADMIN)),
            Map.entry("admin/chains/:id?", Set.of(Who.ADMIN)),
            Map.entry("admin/events/:id?", Set.of(Who.ADMIN)),
            Map.entry("admin/users", Set.of(Who.ADMIN)),
            Map.entry("admin/import", Set.of(Who.ADMIN)),
            Map.entry("admin/reference-data", Set.of(Who.ADMIN)));

    /** A concrete URL for each route template, as a browser would ask for it. */
    static String url(String template) {
        return "/" + template.replace(":id?", "GERA-GK").replace(":id", "HZ-GA");
    }

    private static Set<Who> signedIn() {
        return Set.of(Who.VIEWER, Who.ANALYST, Who.EDITOR_15, Who.EDITOR_ALL, Who.ADMIN);
    }

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    NavigationAccessControl navigationAccess;

    @Autowired
    ServletContext servletContext;

    private final Map<Who, ApiClient> clients = new EnumMap<>(Who.class);

    @BeforeEach
    void users() {
        assertThat(users.find("editor"))
                .as("the demo editor as DemoUsers made it (scoped to 15); a test before this one changed it")
                .hasValueSatisfying(editor -> {
                    assertThat(editor.regions()).containsExactly("15");
                    assertThat(editor.roles()).containsExactly(Role.EDITOR);
                });
        if (users.find("editor-all").isEmpty()) {
            users.create("editor-all", "Editor ohne Regionen", Set.of(Role.EDITOR), List.of(), "editor-all-pass");
        }
        // Signed in once per user (a password check per request would make the matrix slow); HTTP Basic,
        // the scripts' way, is checked per role below.
        clients.put(Who.ANONYMOUS, ApiClient.anonymous(port));
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                clients.put(who, ApiClient.session(port, userName(who), password(who)));
            }
        }
    }

    @AfterEach
    void removeWhatTheMatrixCreated() {
        neo4j.query("""
                        MATCH (n) WHERE (n:Actor OR n:Network OR n:PreventionChain OR n:Event) AND n.id STARTS WITH 'RM-'
                        DETACH DELETE n""").run();
        privateStore.execute("MATCH (u:User) WHERE u.name STARTS WITH 'rm-' DELETE u", Map.of());
    }

    private static String password(Who who) {
        return who == Who.EDITOR_ALL ? "editor-all-pass" : ApiClient.DEMO_PASSWORDS.get(userName(who));
    }

    private static ApiClient basic(int port, Who who) {
        return ApiClient.basic(port, userName(who), password(who));
    }

    private static String userName(Who who) {
        return switch (who) {
            case ANONYMOUS -> "";
            case VIEWER -> "viewer";
            case ANALYST -> "analyst";
            case EDITOR_15 -> "editor";
            case EDITOR_ALL -> "editor-all";
            case ADMIN -> "admin";
        };
    }

    @Test
    void every_endpoint_answers_each_role_as_the_contract_says_and_refused_writes_change_nothing() {
        var admin = clients.get(Who.ADMIN);
        String geraBefore = admin.get("/api/actors/GERA-AGV").body();
        String harzBefore = admin.get("/api/actors/HZ-GA").body();
        String geraNetworkBefore = admin.get("/api/networks/GERA-GK").body();
        String chainBefore = admin.get("/api/chains/GERA-PK").body();
        String eventBefore = admin.get("/api/events/GERA-GK-2024-04-17").body();

        List<String> mismatches = new ArrayList<>();
        for (Call call : API) {
            assertThat(call.expected()).as(call.method() + " " + call.path()).hasSize(Who.values().length);
            for (Who who : Who.values()) {
                int expected = call.expected()[who.ordinal()];
                if (expected == SKIP) {
                    continue;
                }
                var response = send(who, call);
                if (response.statusCode() != expected) {
                    mismatches.add(
                            who + " " + call.method() + " " + call.path().replace("{u}", who.key()) + ": expected "
                                    + expected + ", got " + response.statusCode() + " " + abbreviate(response.body()));
                } else if (expected >= 400) {
                    assertThat(response.headers().firstValue("Content-Type"))
                            .as(who + " " + call.method() + " " + call.path())
                            .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
                }
            }
        }
        assertThat(mismatches).isEmpty();

        // The refused crafted requests left the real data as it was.
        assertThat(admin.get("/api/actors/GERA-AGV").body()).isEqualTo(geraBefore);
        assertThat(admin.get("/api/actors/HZ-GA").body()).isEqualTo(harzBefore);
        assertThat(admin.get("/api/networks/GERA-GK").body()).isEqualTo(geraNetworkBefore);
        assertThat(admin.get("/api/chains/GERA-PK").body()).isEqualTo(chainBefore);
        assertThat(admin.get("/api/events/GERA-GK-2024-04-17").body()).isEqualTo(eventBefore);
    }

    @Test
    void http_basic_gets_the_same_answers_without_a_csrf_token_and_a_session_needs_the_token() {
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                continue;
            }
            var script = basic(port, who);
            assertThat(script.get("/api/actors/HZ-GA").statusCode())
                    .as(who + " reads")
                    .isEqualTo(200);
            assertThat(script.get("/api/users").statusCode())
                    .as(who + " lists users")
                    .isEqualTo(who == Who.ADMIN ? 200 : 403);
            int put = script.putJson("/api/actors/RM-basic-" + who.key(), ACTOR_16)
                    .statusCode();
            assertThat(put)
                    .as(who + " creates an actor in Gera")
                    .isEqualTo(who == Who.EDITOR_ALL || who == Who.ADMIN ? 201 : 403);
        }
        var forged = clients.get(Who.ADMIN).withoutCsrfToken().putJson("/api/networks/RM-csrf", "{\"name\": \"x\"}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF token");
        assertThat(clients.get(Who.ADMIN).get("/api/networks/RM-csrf").statusCode())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port)
                        .putJson("/api/networks/RM-csrf", "{}")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_forbidden_call_says_which_role_it_needs() {
        var response = clients.get(Who.VIEWER).putJson("/api/networks/RM-x", "{\"name\": \"x\"}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("PUT /api/networks/RM-x needs the role ADMIN");
        var outside = clients.get(Who.EDITOR_15).delete("/api/actors/GERA-AGV");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("16052000");
    }

    @Test
    void every_view_route_is_open_to_the_roles_of_the_contract_and_sends_anonymous_users_to_the_login() {
        var routes = viewRoutes();
        assertThat(routes.keySet())
                .as("every @Route of the app is in the matrix")
                .containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
        var anonymous = clients.get(Who.ANONYMOUS);
        List<String> mismatches = new ArrayList<>();
        for (var view : VIEWS.entrySet()) {
            String url = url(view.getKey());
            // Anonymous: Spring Security answers before Vaadin, with a redirect to the login page.
            var response = anonymous.get(url);
            if (response.statusCode() != 302
                    || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                mismatches.add("ANONYMOUS " + url + ": " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse(""));
            }
            // Signed in: the navigation access control that Vaadin's router runs on every navigation,
            // with the authorities the app gives the user at sign-in.
            for (Who who : Who.values()) {
                if (who == Who.ANONYMOUS) {
                    continue;
                }
                boolean allowed = mayNavigate(who, routes.get(view.getKey()), url);
                if (allowed != view.getValue().contains(who)) {
                    mismatches.add(who + " " + url + ": " + (allowed ? "allowed" : "denied"));
                }
            }
        }
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(mismatches).isEmpty();
    }

    private boolean mayNavigate(Who who, Class<?> view, String url) {
        var user = userDetails.loadUserByUsername(userName(who));
        var authorities = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        java.security.Principal principal = user::getUsername;
        var context = new NavigationContext(
                new Router(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))),
                view,
                new Location(url.substring(1)),
                RouteParameters.empty(),
                principal,
                role -> authorities.contains("ROLE_" + role),
                false);
        return navigationAccess.checkAccess(context, false).decision() == AccessCheckDecision.ALLOW;
    }

    /** Every view of the app by its route templates (the @Route value and its aliases). */
    private static Map<String, Class<?>> viewRoutes() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new java.util.TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("de.kooperationsatlas")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                String route = view.getAnnotation(Route.class).value();
                if (!route.equals("login")) {
                    routes.put(route, view);
                }
                Arrays.stream(view.getAnnotationsByType(RouteAlias.class)).forEach(a -> routes.put(a.value(), view));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    private HttpResponse<String> send(Who who, Call call) {
        var client = clients.get(who);
        String path = call.path().replace("{u}", who.key());
        if ("{multipart}".equals(call.body())) {
            var multipart =
                    ApiClient.multipart("actors.csv", "id;name;type;seat_ags\nRM-IMPORT;Matrix;OTHER;15085135\n");
            return client.sendBytes(call.method(), path, multipart.getValue(), multipart.getKey());
        }
        if (call.body() != null && call.body().startsWith("{crafted:")) {
            return client.putJson(path, crafted(call.body()));
        }
        return client.send(call.method(), path, call.body(), call.body() == null ? null : "application/json");
    }

    /**
     * A hand-made PUT body: the actor as GET shows it, optionally with another seat ({@code
     * {crafted:ID:SEAT}}), as a script bypassing the UI would send it.
     */
    private String crafted(String spec) {
        String[] parts = spec.substring(1, spec.length() - 1).split(":");
        String body = clients.get(Who.ADMIN).get("/api/actors/" + parts[1]).body();
        if (parts.length > 2) {
            body = body.replaceFirst("\"seatAgs\":\"\\d{8}\"", "\"seatAgs\":\"" + parts[2] + "\"");
        }
        return body;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
