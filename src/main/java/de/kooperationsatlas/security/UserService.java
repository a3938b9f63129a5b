package de.kooperationsatlas.security;

import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.region.RegionService;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users in the graph: created, given roles and regions, and their passwords reset by an admin. */
@Service
@Transactional
public class UserService {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,39}");

    private final UserRepository repository;
    private final PasswordEncoder passwords;
    private final RegionService regions;
    private final ApplicationEventPublisher events;

    UserService(
            UserRepository repository,
            @Lazy PasswordEncoder passwords,
            RegionService regions,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.passwords = passwords;
        this.regions = regions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<AtlasUser> find(String name) {
        return repository.findById(name).map(UserService::toUser);
    }

    @Transactional(readOnly = true)
    public List<AtlasUser> list() {
        requireAdmin();
        return repository.findAll().stream()
                .map(UserService::toUser)
                .sorted(Comparator.comparing(AtlasUser::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Creates a user; refuses a taken name, unknown regions and short passwords. */
    public AtlasUser create(
            String name, @Nullable String displayName, Set<Role> roles, List<String> userRegions, String password) {
        requireAdmin();
        List<Problem> problems = new ArrayList<>();
        String key = name.strip();
        if (!NAME.matcher(key).matches()) {
            problems.add(new Problem("name", "user.error.name"));
        } else if (repository.existsById(key)) {
            problems.add(new Problem("name", "user.error.nameTaken", key));
        }
        problems.addAll(checkRolesAndRegions(roles, userRegions));
        checkPassword(password).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var now = ZonedDateTime.now();
        String by = Audit.currentActor();
        var saved = repository.save(new UserNode(
                key,
                blankToNull(displayName),
                roleNames(roles),
                normalise(userRegions),
                passwords.encode(password),
                true,
                now,
                by,
                now,
                by));
        return toUser(saved);
    }

    /** Changes display name, roles, regions and whether the user may sign in. */
    public AtlasUser update(
            String name, @Nullable String displayName, Set<Role> roles, List<String> userRegions, boolean enabled) {
        requireAdmin();
        var existing = repository
                .findById(name)
                .orElseThrow(() -> new InvalidInputException("name", "user.error.unknown", name));
        var problems = checkRolesAndRegions(roles, userRegions);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var saved = repository.save(new UserNode(
                existing.name(),
                blankToNull(displayName),
                roleNames(roles),
                normalise(userRegions),
                existing.passwordHash(),
                enabled,
                existing.createdAt(),
                existing.createdBy(),
                ZonedDateTime.now(),
                Audit.currentActor()));
        // Roles, regions or the enabled flag may have changed: the user's sessions end (see SessionDirectory).
        events.publishEvent(new UserChanged(name));
        return toUser(saved);
    }

    /** Sets a new password chosen by an admin. */
    public void resetPassword(String name, String password) {
        requireAdmin();
        var existing = repository
                .findById(name)
                .orElseThrow(() -> new InvalidInputException("name", "user.error.unknown", name));
        checkPassword(password).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        repository.save(new UserNode(
                existing.name(),
                existing.displayName(),
                existing.roles(),
                existing.regions(),
                passwords.encode(password),
                existing.enabled(),
                existing.createdAt(),
                existing.createdBy(),
                ZonedDateTime.now(),
                Audit.currentActor()));
        events.publishEvent(new UserChanged(name));
    }

    /** Creates a user at start-up (first admin, demo users), without the admin check. */
    void createAtStart(String name, String displayName, Set<Role> roles, List<String> userRegions, String password) {
        if (repository.existsById(name)) {
            return;
        }
        var now = ZonedDateTime.now();
        repository.save(new UserNode(
                name,
                displayName,
                roleNames(roles),
                userRegions,
                passwords.encode(password),
                true,
                now,
                "system",
                now,
                "system"));
    }

    private void requireAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return; // start-up and command line
        }
        boolean admin = find(authentication.getName())
                .map(u -> u.enabled() && u.has(Role.ADMIN))
                .orElse(false);
        if (!admin) {
            throw new AccessDeniedException("Only an administrator manages users");
        }
    }

    private List<Problem> checkRolesAndRegions(Set<Role> roles, List<String> userRegions) {
        List<Problem> problems = new ArrayList<>();
        if (roles.isEmpty()) {
            problems.add(new Problem("roles", "user.error.roles"));
        }
        for (String region : normalise(userRegions)) {
            if (!regions.exists(region)) {
                problems.add(new Problem("regions", "user.error.region", region));
            }
        }
        return problems;
    }

    private static Optional<Problem> checkPassword(String password) {
        return PasswordRules.check(password);
    }

    private static List<String> normalise(List<String> regions) {
        return regions.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    private static List<String> roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static AtlasUser toUser(UserNode node) {
        Set<Role> roles = node.roles().stream()
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new AtlasUser(node.name(), node.displayName(), roles, node.regions(), node.enabled());
    }
}
