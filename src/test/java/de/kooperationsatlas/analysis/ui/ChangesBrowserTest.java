package de.kooperationsatlas.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.base.Dates;
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
 * The network over time in headless Chromium on the demo data: "Veränderungen" in Landkreis Harz from the
 * end of 2023 to the end of 2025 shows what the service finds (the Kita that closed in 2024 among the
 * actors no longer active), the "Stand am" control of the gaps page changes its answers and stays in the
 * URL, and the actor page lists ended cooperations apart. Screenshots {@code 23-changes-harz},
 * {@code 24-gaps-as-of-2023}, {@code 25-actor-ended-cooperations}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangesBrowserTest extends BrowserTestSupport {

    static final String HARZ = "15085";

    @Autowired
    AnalysisService analyses;

    @BeforeEach
    void signedIn() {
        if (browser.manage().getCookies().isEmpty()) {
            signIn("viewer", "viewer-demo");
        }
    }

    @Test
    @Order(1)
    void the_changes_of_harz_from_2023_to_2025_show_what_the_service_finds() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1500));
        browser.get(url("/analysis/changes?region=" + HARZ + "&from=2023-12-31&to=2025-12-31"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changes-figures")));
        waitForVaadin();
        var changes = analyses.changes(
                HARZ, null, "2023-12-31", LocalDate.of(2023, 12, 31), "2025-12-31", LocalDate.of(2025, 12, 31));
        assertThat(changes.actors().ended()).contains("HZ-KITA-WR");
        assertThat(changes.cooperations().added()).isNotEmpty();

        var ended = browser.findElement(By.id("changes-actors-ended")).getText();
        assertThat(ended)
                .contains("Nicht mehr aktiv (" + changes.actors().ended().size() + ")")
                .contains("Kita „Harzblick“ Wernigerode");
        assertThat(browser.findElement(By.id("changes-cooperations-added")).getText())
                .contains(
                        "Neue Kooperationen (" + changes.cooperations().added().size() + ")");
        assertThat(browser.findElement(By.id("changes-cooperations-ended")).getText())
                .contains("Beendete Kooperationen ("
                        + changes.cooperations().ended().size() + ")");
        var actorsFigure = changes.figures().getFirst();
        assertThat(browser.findElement(By.id("changes-figure-actors")).getText())
                .contains(String.valueOf(actorsFigure.to()))
                .contains(String.valueOf(actorsFigure.from()));
        // Names, not ids or keys.
        var page = browser.findElement(By.id("changes-content")).getText();
        assertThat(page).doesNotContain("changes.", "HZ-KITA-WR");
        assertThat(browser.findElement(By.id("changes-graph-link")).getAttribute("href"))
                .contains("region=" + HARZ, "asOf=2025-12-31", "compare=2023-12-31");
        shot("23-changes-harz");
    }

    @Test
    @Order(2)
    void the_gaps_page_as_of_a_date_keeps_the_date_in_the_url_and_answers_for_it() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1100));
        browser.get(url("/analysis?region=" + HARZ + "&asOf=2023-01-01"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gaps-content")));
        waitForVaadin();
        assertThat(input("#as-of").getAttribute("value")).isEqualTo("01.01.2023");
        // The company project (2022 – 2023-12-31) still bridged school → work on 1 January 2023.
        var gapsThen =
                analyses.transitions(HARZ, null, LocalDate.of(2023, 1, 1)).gaps();
        var gapsToday = analyses.transitions(HARZ, null, Dates.today()).gaps();
        assertThat(gapsThen).hasSizeLessThan(gapsToday.size());
        wait.until(d -> openTransitions() == gapsThen.size());
        assertThat(browser.findElement(By.id("gaps-content")).getText()).contains("Akteure ohne Kooperation");
        shot("24-gaps-as-of-2023");
        // The picture link carries the date along.
        assertThat(browser.findElement(By.id("gaps-picture-link")).getAttribute("href"))
                .contains("asOf=2023-01-01");
    }

    /** The transitions the gaps page marks "offen". */
    private long openTransitions() {
        return ((Number) script("return [...document.querySelectorAll('#gaps-transitions span[theme~=\"badge\"]')]"
                        + ".filter(e => e.textContent.trim() === 'offen').length;"))
                .longValue();
    }

    @Test
    @Order(3)
    void the_actor_page_lists_ended_cooperations_apart_with_their_end() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1300));
        browser.get(url("/actors/HZ-KSB"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-ended-cooperations")));
        waitForVaadin();
        var ended = browser.findElement(By.id("actor-ended-cooperations")).getText();
        assertThat(ended).contains("Harzer Metallbau").contains("2023-12-31");
        assertThat(browser.findElement(By.id("actor-cooperations")).getText()).doesNotContain("Harzer Metallbau");
        assertThat(browser.findElement(By.id("actor-ended-title")).getText()).startsWith("Beendete Kooperationen");
        browser.get(url("/actors/HZ-KITA-WR"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-closed")));
        assertThat(browser.findElement(By.id("actor-closed")).getText()).isEqualTo("geschlossen");
        browser.get(url("/actors/HZ-KSB"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-ended-cooperations")));
        waitForVaadin();
        script("document.getElementById('actor-ended-title').scrollIntoView()");
        shot("25-actor-ended-cooperations");
    }
}
