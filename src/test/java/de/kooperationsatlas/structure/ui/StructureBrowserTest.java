package de.kooperationsatlas.structure.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.structure.StructureService;
import de.kooperationsatlas.structure.TimeFixture;
import de.kooperationsatlas.ui.BrowserTestSupport;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The structure page of the Harz demo district in headless Chromium: its four sections count what the
 * structure service finds, sector gaps carry the word "Lücke", region and resolution stay in the URL.
 * Screenshots {@code 22-structure-harz*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StructureBrowserTest extends BrowserTestSupport {

    static final String HARZ = "15085";
    static final LocalDate TODAY = Dates.today();

    @Autowired
    StructureService structure;

    private static final ResourceBundle messages = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);

    @BeforeEach
    void signedIn() {
        if (browser.manage().getCookies().isEmpty()) {
            signIn("viewer", "viewer-demo");
        }
    }

    private String shownCount(String section) {
        return browser.findElement(By.id("structure-" + section + "-count")).getAttribute("data-count");
    }

    @Test
    @Order(1)
    void the_structure_of_harz_counts_what_the_service_finds_and_marks_sector_gaps_by_word() throws Exception {
        browser.get(url("/analysis/structure?region=" + HARZ));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("structure-brokerage")));
        waitForVaadin();
        var holes = structure.structuralHoles(HARZ, StructureView.HOLES, TODAY);
        var cuts = structure.cutPoints(HARZ, TODAY);
        var communities = structure.communities(HARZ, StructureView.DEFAULT_RESOLUTION, TODAY);
        var sectors = structure.sectors(HARZ, TODAY);

        assertThat(shownCount("holes"))
                .isEqualTo(String.valueOf(
                        holes.actors().stream().filter(a -> a.degree() > 0).count()));
        assertThat(shownCount("cutPoints"))
                .isEqualTo(String.valueOf(cuts.actors().size()));
        assertThat(browser.findElement(By.id("structure-cutPoints-count")).getText())
                .contains(cuts.cooperations().size() + " Kooperationen");
        assertThat(shownCount("communities"))
                .isEqualTo(String.valueOf(communities.communities().size()));
        assertThat(shownCount("sectors"))
                .isEqualTo(String.valueOf(sectors.gaps().size()));
        assertThat(browser.findElements(By.cssSelector("#structure-sector-matrix th[scope='row']")))
                .hasSize(sectors.sectors().size());
        // Each gap shows twice (the table is symmetric), each time with the word, not only a shade.
        var gaps = browser.findElements(By.cssSelector("#structure-sector-matrix td[data-gap='true']"));
        assertThat(gaps)
                .hasSize(2 * sectors.gaps().size())
                .allSatisfy(td -> assertThat(td.getText()).isEqualTo("Lücke"));
        assertThat(browser.findElement(By.id("structure-sector-matrix"))
                        .getText()
                        .contains("Lücke"))
                .isEqualTo(!sectors.gaps().isEmpty());
        // Names, not ids; German labels, no raw keys.
        var page = browser.findElement(By.id("structure-content")).getText();
        assertThat(page).doesNotContain("structure.", "sector.", "HZ-");
        if (!cuts.cooperations().isEmpty()) {
            assertThat(browser.findElement(By.id("structure-bridges-grid")).getText())
                    .contains("↔");
        }
        assertThat(browser.findElement(By.id("structure-holes")).getText()).contains("Schlüsselakteure");
        if (!holes.actors().isEmpty() && holes.actors().getFirst().degree() > 0) {
            assertThat(browser.findElements(By.cssSelector("#structure-holes-grid a[href*='actors/']")))
                    .isNotEmpty();
        }

        long bottom = ((Number)
                        script(
                                "return Math.ceil(document.getElementById('structure-content').getBoundingClientRect().bottom);"))
                .longValue();
        browser.manage().window().setSize(new Dimension(1400, (int) Math.max(2400, bottom + 200)));
        afterNextPaint();
        waitForVaadin();
        shot("22-structure-harz");
        browser.manage().window().setSize(new Dimension(1400, 1000));
        script("document.getElementById('structure-sectors').scrollIntoView({block: 'start'});");
        afterNextPaint();
        shot("22-structure-harz-sectors");
    }

    @Test
    @Order(2)
    void the_url_keeps_region_and_resolution() {
        browser.get(url("/analysis/structure?region=" + HARZ));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("structure-brokerage")));
        waitForVaadin();
        // As a user changes it: the field's value, then its change event.
        script("const f = document.getElementById('structure-resolution'); f.value = '2';"
                + " f.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
        wait.until(d -> d.getCurrentUrl().contains("resolution=2.0"));
        assertThat(browser.getCurrentUrl()).contains("region=" + HARZ);
        waitForVaadin();
        var finer = structure.communities(HARZ, 2.0, TODAY);
        assertThat(shownCount("communities"))
                .isEqualTo(String.valueOf(finer.communities().size()));

        browser.get(url("/analysis/structure?region=" + HARZ + "&resolution=2.0"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("structure-communities-count")));
        waitForVaadin();
        assertThat(script("return String(document.getElementById('structure-resolution').value);"))
                .isIn("2", "2.0");
        assertThat(shownCount("communities"))
                .isEqualTo(String.valueOf(finer.communities().size()));
    }

    @Test
    @Order(3)
    void the_stand_am_date_lives_in_the_url_and_changes_the_answers() throws Exception {
        TimeFixture.load(neo4j);
        try {
            String region = TimeFixture.DISTRICT;
            browser.get(url("/analysis/structure?region=" + region + "&asOf=2021"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("structure-brokerage")));
            waitForVaadin();
            shot("22-structure-as-of");
            // A year means its 31 December; the picker shows it the German way.
            assertThat(script("return document.getElementById('as-of').value;")).isEqualTo("2021-12-31");
            assertThat(script("const p = document.getElementById('as-of');"
                            + " const input = p.inputElement || p.querySelector('input');"
                            + " return input ? input.value : null;"))
                    .isEqualTo("31.12.2021");
            assertThat(shownCount("holes")).isEqualTo("4");
            assertThat(browser.findElement(By.id("structure-content")).getText())
                    .contains("SX Zeit Jugendamt")
                    .doesNotContain("SX Zeit Sportverein");

            // As a user picks a date: the picker's value, then its change event.
            script("const p = document.getElementById('as-of'); p.value = '2023-04-23';"
                    + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
            wait.until(d -> d.getCurrentUrl().contains("asOf=2023-04-23"));
            waitForVaadin();
            assertThat(browser.getCurrentUrl()).contains("region=" + region);
            var between = structure.structuralHoles(region, StructureView.HOLES, LocalDate.parse("2023-04-23"));
            assertThat(shownCount("holes"))
                    .isEqualTo(String.valueOf(between.actors().stream()
                            .filter(a -> a.degree() > 0)
                            .count()))
                    .isEqualTo("2");
            assertThat(browser.findElement(By.id("structure-content")).getText())
                    .doesNotContain("SX Zeit Jugendamt");
        } finally {
            TimeFixture.remove(neo4j);
        }
    }

    /** The bytes behind a download link, fetched by the signed-in browser (as Base64, byte for byte), as text. */
    private String download(String id) {
        var link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        String href = link.getAttribute("href");
        assertThat(href).as("download link %s", id).isNotBlank();
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                                + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                                + " done(btoa(s)); }).catch(e => done(''));",
                        href);
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    /** The CSV's rows after the header (BOM and header checked). */
    private static List<CSVRecord> rows(String csv, String header) throws Exception {
        assertThat(csv).startsWith("\uFEFF" + header + "\r\n");
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static double german(String number) throws Exception {
        return NumberFormat.getNumberInstance(Locale.GERMANY).parse(number).doubleValue();
    }

    @Test
    @Order(4)
    void every_table_downloads_as_csv_with_the_services_answer_as_of_the_chosen_date() throws Exception {
        TimeFixture.load(neo4j);
        try {
            String region = TimeFixture.DISTRICT;
            LocalDate date = LocalDate.parse("2021-12-31");
            browser.get(url("/analysis/structure?region=" + region + "&asOf=2021"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("structure-brokerage")));
            waitForVaadin();
            var holes = structure.structuralHoles(region, Integer.MAX_VALUE, date);
            var cuts = structure.cutPoints(region, date);
            var communities = structure.communities(region, StructureView.DEFAULT_RESOLUTION, date);
            var sectors = structure.sectors(region, date);
            var brokerage = structure.brokerage(region, Integer.MAX_VALUE, date);
            // The fixture at that date has something in every table, so no check below is vacuous.
            assertThat(holes.actors()).isNotEmpty();
            assertThat(cuts.actors()).isNotEmpty();
            assertThat(cuts.cooperations()).isNotEmpty();
            assertThat(sectors.gaps()).isNotEmpty();
            var names = new HashMap<String, String>();
            holes.actors().forEach(a -> names.put(a.id(), a.name()));

            var holeRows = rows(
                    download("csv-structure-holes"), "Kennung;Name;Partner;Effektive Größe;Effizienz;Beschränkung");
            assertThat(holeRows).hasSize(holes.actors().size());
            for (int i = 0; i < holeRows.size(); i++) {
                var row = holeRows.get(i);
                var actor = holes.actors().get(i);
                assertThat(row.get(0)).isEqualTo(actor.id());
                assertThat(row.get(1)).isEqualTo(actor.name());
                assertThat(row.get(2)).isEqualTo(String.valueOf(actor.degree()));
                if (actor.constraint() == null) {
                    assertThat(row.get(5)).isEmpty();
                } else {
                    assertThat(german(row.get(3))).isCloseTo(actor.effectiveSize(), within(1e-9));
                    assertThat(german(row.get(4))).isCloseTo(actor.efficiency(), within(1e-9));
                    assertThat(german(row.get(5))).isCloseTo(actor.constraint(), within(1e-9));
                }
            }

            var cutRows = rows(download("csv-structure-cutpoints"), "Kennung;Name;Trennt ab (Akteure)");
            assertThat(cutRows)
                    .extracting(r -> r.get(0) + "/" + r.get(1) + "/" + r.get(2))
                    .containsExactlyElementsOf(cuts.actors().stream()
                            .map(c -> c.id() + "/" + c.name() + "/" + c.separates())
                            .toList());
            var bridgeRows =
                    rows(download("csv-structure-bridges"), "Kennung A;Name A;Kennung B;Name B;Trennt ab (Akteure)");
            assertThat(bridgeRows)
                    .extracting(r -> r.get(0) + "/" + r.get(1) + "/" + r.get(2) + "/" + r.get(3) + "/" + r.get(4))
                    .containsExactlyElementsOf(cuts.cooperations().stream()
                            .map(c -> c.a() + "/" + names.get(c.a()) + "/" + c.b() + "/" + names.get(c.b()) + "/"
                                    + c.separates())
                            .toList());

            var communityRows = rows(
                    download("csv-structure-communities"),
                    "Gruppe;Akteure;Kooperationen innerhalb;Kooperationen nach außen;Mitglieder");
            assertThat(communityRows).hasSize(communities.communities().size());
            for (int i = 0; i < communityRows.size(); i++) {
                var row = communityRows.get(i);
                var community = communities.communities().get(i);
                assertThat(row.get(0)).isEqualTo(String.valueOf(i + 1));
                assertThat(row.get(1)).isEqualTo(String.valueOf(community.size()));
                assertThat(row.get(2)).isEqualTo(String.valueOf(community.internalCooperations()));
                assertThat(row.get(3)).isEqualTo(String.valueOf(community.externalCooperations()));
                assertThat(row.get(4).split(" \\| "))
                        .containsExactlyElementsOf(community.actors().stream()
                                .map(id -> names.get(id) + " (" + id + ")")
                                .toList());
            }

            var sectorRows = rows(
                    download("csv-structure-sectors"),
                    "Sektor A;Sektor B;Kooperationen;Mögliche Kooperationen;Dichte;Lücke");
            assertThat(sectorRows).hasSize(sectors.pairs().size());
            for (int i = 0; i < sectorRows.size(); i++) {
                var row = sectorRows.get(i);
                var pair = sectors.pairs().get(i);
                assertThat(row.get(0)).isEqualTo(messages.getString("sector." + pair.a()));
                assertThat(row.get(1)).isEqualTo(messages.getString("sector." + pair.b()));
                assertThat(row.get(2)).isEqualTo(String.valueOf(pair.cooperations()));
                assertThat(row.get(3)).isEqualTo(String.valueOf(pair.possible()));
                assertThat(german(row.get(4))).isCloseTo(pair.density(), within(1e-9));
                assertThat(row.get(5)).isEqualTo(sectors.gaps().contains(List.of(pair.a(), pair.b())) ? "ja" : "nein");
            }

            var brokerRows = rows(
                    download("csv-structure-brokerage"),
                    "Kennung;Name;Sektor;Koordinator;Berater;Vertreter;Verbinder;Sektorübergreifend;Gesamt");
            assertThat(brokerRows)
                    .extracting(r -> String.join("/", r.values()))
                    .containsExactlyElementsOf(brokerage.actors().stream()
                            .map(b -> String.join(
                                    "/",
                                    b.id(),
                                    b.name(),
                                    messages.getString("sector." + b.sector()),
                                    String.valueOf(b.coordinator()),
                                    String.valueOf(b.consultant()),
                                    String.valueOf(b.representative()),
                                    String.valueOf(b.liaison()),
                                    String.valueOf(b.crossSector()),
                                    String.valueOf(b.total())))
                            .toList());
            assertThat(holeRows).extracting(r -> r.get(0)).contains("SX-ZE").doesNotContain("SX-ZD");
        } finally {
            TimeFixture.remove(neo4j);
        }
    }
}
