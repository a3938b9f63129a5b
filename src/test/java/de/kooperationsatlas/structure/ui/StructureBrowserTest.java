package de.kooperationsatlas.structure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.structure.StructureService;
import de.kooperationsatlas.structure.TimeFixture;
import de.kooperationsatlas.ui.BrowserTestSupport;
import java.time.LocalDate;
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
}
