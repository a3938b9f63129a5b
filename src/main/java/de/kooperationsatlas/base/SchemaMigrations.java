package de.kooperationsatlas.base;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/V*.cypher} with neo4j-migrations: in order, once each, recorded in the
 * graph with a checksum, so an edited file that already ran stops the start with a clear message.
 */
@Component
@Order(StartupOrder.SCHEMA)
class SchemaMigrations implements ApplicationRunner {

    static final String LOCATION = "classpath:cypher/schema";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void run(ApplicationArguments args) {
        var migrations = migrations(driver, LOCATION);
        var version = migrations.apply();
        log.info("Schema at version {}", version.map(Object::toString).orElse("none"));
    }

    /** Migrations of the given location, with the checksum check on every apply. */
    public static Migrations migrations(Driver driver, String location) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(location)
                .withPackagesToScan()
                .withValidateOnMigrate(true)
                .withInstalledBy("kooperationsatlas")
                .build();
        return new Migrations(config, driver);
    }
}
