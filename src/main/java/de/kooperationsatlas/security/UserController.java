package de.kooperationsatlas.security;

import de.kooperationsatlas.base.ApiBodies;
import de.kooperationsatlas.base.ApiPage;
import de.kooperationsatlas.base.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users} (ADMIN): users, their roles and regions, and password resets, as the admin page offers them. */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users", description = "Users, roles and editor regions (ADMIN only)")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Lists users by name, paged (ADMIN)")
    @ApiResponse(responseCode = "200", description = "One page of users")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    ApiPage<UserJson> list(@ParameterObject ApiPage.Query query) {
        return ApiPage.of(users.list(), query.request(), UserJson::of);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One user (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No user has this name")
    UserJson get(@Parameter(description = "The user's sign-in name", example = "editor") @PathVariable String name) {
        // The list is the admin-checked read; the user is then picked from it.
        return users.list().stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .map(UserJson::of)
                .orElseThrow(() -> new NotFoundException("user", name));
    }

    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Creates or changes a user (ADMIN)",
            description =
                    "A new user needs a password (at least 10 characters, not only white space, at most 72 bytes in UTF-8); an existing user's password is"
                            + " changed with PUT /api/users/{name}/password. regions are AGS prefixes an EDITOR may change"
                            + " (none = everywhere).")
    @ApiResponse(responseCode = "200", description = "The user was changed")
    @ApiResponse(responseCode = "201", description = "The user was created")
    @ApiResponse(responseCode = "400", description = "Broken fields, each listed in errors[] with field and message")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    ResponseEntity<UserJson> put(
            @Parameter(description = "The user's sign-in name (created when it does not exist)") @PathVariable
                    String name,
            @RequestBody UserBody body) {
        List<Role> given = body.roles() == null
                ? List.of()
                : body.roles().stream().filter(Objects::nonNull).toList();
        Set<Role> roles = given.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(given);
        List<String> regions = ApiBodies.list(body.regions());
        if (users.find(name).isPresent()) {
            if (body.password() != null) {
                throw new IllegalArgumentException(
                        "The field password is for new users; change a password with PUT /api/users/" + name
                                + "/password");
            }
            var user = users.update(name, body.displayName(), roles, regions, body.enabled() == null || body.enabled());
            return ResponseEntity.ok(UserJson.of(user));
        }
        var user = users.create(name, body.displayName(), roles, regions, ApiBodies.text(body.password()));
        if (Boolean.FALSE.equals(body.enabled())) {
            user = users.update(name, body.displayName(), roles, regions, false);
        }
        return ResponseEntity.created(ApiBodies.location("/api/users", name)).body(UserJson.of(user));
    }

    @PutMapping(path = "/{name}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sets a new password chosen by an administrator (ADMIN)")
    @ApiResponse(responseCode = "204", description = "The password was set")
    @ApiResponse(
            responseCode = "400",
            description = "Shorter than 10 characters, only white space, longer than 72 bytes, or an unknown user")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    void password(
            @Parameter(description = "The user's sign-in name") @PathVariable String name,
            @RequestBody PasswordBody body) {
        users.resetPassword(name, ApiBodies.text(body.password()));
    }

    record UserJson(
            String name,
            @Nullable String displayName,

            @Schema(description = "VIEWER, ANALYST, EDITOR, ADMIN")
            List<Role> roles,

            @Schema(description = "AGS prefixes an EDITOR may change; none = everywhere")
            List<String> regions,

            boolean enabled) {
        static UserJson of(AtlasUser user) {
            return new UserJson(
                    user.name(),
                    user.displayName(),
                    user.roles().stream().sorted().toList(),
                    user.regions(),
                    user.enabled());
        }
    }

    /** What PUT of a user takes. */
    record UserBody(
            @Schema(example = "Kreis Harz – Koordination") @Nullable
            String displayName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"EDITOR\"]") @Nullable
            List<@Nullable Role> roles,

            @Schema(description = "AGS prefixes an EDITOR may change; none = everywhere", example = "[\"15085\"]")
            @Nullable
            List<@Nullable String> regions,

            @Schema(description = "Whether the user may sign in (default true)") @Nullable
            Boolean enabled,

            @Schema(
                    description = "Only for a new user: 10 characters to 72 bytes (UTF-8), not only white space",
                    format = "password")
            @Nullable
            String password) {}

    record PasswordBody(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "10 characters to 72 bytes (UTF-8), not only white space",
                    format = "password")
            @Nullable
            String password) {}
}
