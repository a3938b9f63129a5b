package de.kooperationsatlas.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the rest of the app sees it: name, roles and the regions an editor may change (AGS prefixes). */
public record AtlasUser(
        String name, @Nullable String displayName, Set<Role> roles, List<String> regions, boolean enabled) {

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }
}
