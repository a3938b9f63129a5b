package de.kooperationsatlas.security;

import de.kooperationsatlas.base.AtlasProperties;
import de.kooperationsatlas.base.DataFolder;
import de.kooperationsatlas.base.StartupOrder;
import de.kooperationsatlas.base.StoreProfile;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first users: on a fresh production store one {@code admin} with {@code ATLAS_ADMIN_PASSWORD} or a
 * random password printed once; in the demo profile the documented demo users.
 */
@Component
@Order(StartupOrder.USERS)
class UsersOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UsersOnStart.class);

    private final UserService users;
    private final StoreProfile store;
    private final AtlasProperties properties;

    UsersOnStart(UserService users, StoreProfile store, AtlasProperties properties) {
        this.users = users;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.demo()) {
            for (var demo : DemoUsers.ALL) {
                users.createAtStart(demo.name(), demo.name(), DemoUsers.roles(demo), demo.regions(), demo.password());
            }
            return;
        }
        if (users.count() > 0) {
            return;
        }
        String given = properties.adminPassword();
        boolean random = given == null || given.isBlank();
        String password = random ? DataFolder.randomPassword() : given;
        users.createAtStart("admin", "Administrator", Set.of(Role.ADMIN), List.of(), password);
        if (random) {
            String banner = "=".repeat(72);
            log.warn(
                    "\n{}\nFirst start: created the user 'admin' with the password\n\n    {}\n\n"
                            + "It is shown this once only. Sign in and create the other users.\n{}",
                    banner,
                    password,
                    banner);
        } else {
            log.info("First start: created the user 'admin' with the password from ATLAS_ADMIN_PASSWORD");
        }
    }
}
