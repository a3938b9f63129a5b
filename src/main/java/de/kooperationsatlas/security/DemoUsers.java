package de.kooperationsatlas.security;

import java.util.List;
import java.util.Set;

/** The documented users of the demo profile, one per role; shown on the login page in that profile only. */
public final class DemoUsers {

    /** One demo sign-in. */
    public record DemoUser(String name, String password, Role role, List<String> regions, String description) {}

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("viewer", "viewer-demo", Role.VIEWER, List.of(), "Lesen, Analysen, Export"),
            new DemoUser("analyst", "analyst-demo", Role.ANALYST, List.of(), "+ Cypher-Konsole"),
            new DemoUser(
                    "editor", "editor-demo", Role.EDITOR, List.of("15"), "Akteure in Sachsen-Anhalt (15) bearbeiten"),
            new DemoUser("admin", "admin-demo", Role.ADMIN, List.of(), "alles"));

    private DemoUsers() {}

    static Set<Role> roles(DemoUser user) {
        return Set.of(user.role());
    }
}
