package de.kooperationsatlas.exchange.generator;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.exchange.Bundle;
import de.kooperationsatlas.exchange.BundleReader;
import de.kooperationsatlas.exchange.ImportResult;
import de.kooperationsatlas.exchange.ImportService;
import de.kooperationsatlas.security.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scale generator: the same seed gives the same bytes, and its bundle validates cleanly (dry run). */
class GeneratorTest extends StoreTestSupport {

    private static final int ACTORS = 2_000;

    @Autowired
    ImportService imports;

    @Autowired
    BundleReader reader;

    @Test
    void the_same_seed_gives_the_same_bytes_and_another_seed_other_ones() {
        byte[] first = BundleGenerator.zip(ACTORS, 7);
        assertThat(BundleGenerator.zip(ACTORS, 7)).isEqualTo(first);
        assertThat(BundleGenerator.zip(ACTORS, 8)).isNotEqualTo(first);
    }

    /** The data rows of a generated file by column name. */
    private static List<Map<String, String>> rows(byte[] csv) throws IOException {
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            return parser.stream().map(CSVRecord::toMap).toList();
        }
    }

    @Test
    void some_cooperations_memberships_and_actors_end_and_some_actors_start_late_each_end_after_its_start()
            throws IOException {
        Map<String, byte[]> files = BundleGenerator.files(ACTORS, BundleGenerator.DEFAULT_SEED);
        var actors = rows(files.get("actors.csv"));
        var cooperations = rows(files.get("cooperations.csv"));
        var memberships = rows(files.get("memberships.csv"));

        assertThat(share(actors, "since")).isBetween(0.03, 0.07);
        assertThat(share(actors, "until")).isBetween(0.01, 0.05);
        assertThat(share(cooperations, "until")).isBetween(0.12, 0.18);
        assertThat(share(memberships, "until")).isBetween(0.02, 0.09);
        for (var rows : List.of(actors, cooperations, memberships)) {
            for (var row : rows) {
                String since = row.get("since");
                String until = row.get("until");
                assertThat(since.isEmpty() || Dates.valid(since)).as(since).isTrue();
                assertThat(until.isEmpty() || Dates.valid(until)).as(until).isTrue();
                assertThat(Dates.endsBeforeStart(since, until))
                        .as(since + " " + until)
                        .isFalse();
                if (!until.isEmpty()) {
                    assertThat(Dates.end(until).getYear())
                            .isBetween(BundleGenerator.FIRST_YEAR, BundleGenerator.LAST_YEAR);
                }
            }
        }
        // Actors start after the first year; years and ISO dates both occur.
        var actorSinces = actors.stream()
                .map(r -> r.get("since"))
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(actorSinces).allMatch(s -> Dates.start(s).getYear() > BundleGenerator.FIRST_YEAR);
        assertThat(actorSinces).anyMatch(s -> s.length() == 4).anyMatch(s -> s.length() == 10);
        var cooperationUntils = cooperations.stream()
                .map(r -> r.get("until"))
                .filter(s -> !s.isEmpty())
                .toList();
        assertThat(cooperationUntils).anyMatch(s -> s.length() == 4).anyMatch(s -> s.length() == 10);
    }

    private static double share(List<Map<String, String>> rows, String column) {
        return rows.stream().filter(r -> !r.get(column).isEmpty()).count() / (double) rows.size();
    }

    @Test
    void the_bundle_validates_cleanly_and_has_the_promised_shape() {
        signInAs("admin", Role.ADMIN);
        Map<String, byte[]> files = BundleGenerator.files(ACTORS, BundleGenerator.DEFAULT_SEED);
        assertThat(files.keySet()).containsExactly(BundleGenerator.FILES);
        Map<String, Integer> rows = new HashMap<>();
        files.forEach((name, bytes) -> rows.put(name, BundleGenerator.lines(bytes) - 1));
        assertThat(rows.get("actors.csv")).isEqualTo(ACTORS);
        // About four cooperations per actor, and networks, chains and events with their links.
        assertThat(rows.get("cooperations.csv")).isBetween(ACTORS * 7 / 2, ACTORS * 9 / 2);
        assertThat(rows.get("networks.csv")).isEqualTo(ACTORS / 200);
        assertThat(rows.get("memberships.csv")).isGreaterThan(ACTORS / 200 * 5);
        assertThat(rows.get("chains.csv")).isPositive();
        assertThat(rows.get("chain_contributions.csv")).isPositive();
        assertThat(rows.get("events.csv")).isEqualTo(ACTORS / 50);
        assertThat(rows.get("participations.csv")).isGreaterThan(ACTORS / 50 * 3);
        String actors = new String(files.get("actors.csv"), StandardCharsets.UTF_8);
        assertThat(actors).contains("DAYCARE", "|", "Medien & Digitales", "\"");

        Bundle bundle = reader.readZip(
                "generated.zip", new ByteArrayInputStream(BundleGenerator.zip(ACTORS, BundleGenerator.DEFAULT_SEED)));
        assertThat(bundle.issues()).isEmpty();
        ImportResult result = imports.importBundle(bundle, true);

        assertThat(result.errors()).isEmpty();
        assertThat(result.created().get("actors")).isEqualTo((long) ACTORS);
        assertThat(result.created().get("cooperations")).isEqualTo((long) rows.get("cooperations.csv"));
        assertThat(count("MATCH (a:Actor) WHERE a.id STARTS WITH 'GEN-' RETURN count(a)"))
                .isZero();
    }
}
