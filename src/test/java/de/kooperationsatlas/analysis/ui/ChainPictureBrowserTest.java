package de.kooperationsatlas.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.ui.BrowserTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The prevention-chain picture in headless Chromium with the demo data: the gap marks where the
 * analysis finds them, clicks on phases and transitions, the print layout. Screenshots
 * {@code 17-chain-picture*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChainPictureBrowserTest extends BrowserTestSupport {

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
    void the_chain_picture_of_harz_marks_the_gaps_where_the_analysis_finds_them() throws Exception {
        browser.get(url("/analysis/phases?region=15085"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chain-picture svg [data-phase]")));
        waitForVaadin();
        var coverage = analyses.coverage("15085", null);
        var transitions = analyses.transitions("15085", null);
        var gapPhases = browser.findElements(By.cssSelector("#chain-picture [data-phase][data-gap='true']")).stream()
                .map(e -> e.getAttribute("data-phase"))
                .toList();
        assertThat(gapPhases).containsExactlyElementsOf(coverage.gaps()).contains("RETIREMENT");
        assertThat(browser.findElements(By.cssSelector("#chain-picture [data-phase]")))
                .hasSize(9);
        var open = browser.findElements(By.cssSelector("#chain-picture [data-transition][data-state='open']")).stream()
                .map(e -> e.getAttribute("data-transition"))
                .toList();
        assertThat(open)
                .containsExactlyElementsOf(transitions.gaps().stream()
                        .map(g -> g.get(0) + ">" + g.get(1))
                        .toList())
                .contains("SECONDARY_SCHOOL>SCHOOL_TO_WORK");
        assertThat(browser.findElements(By.cssSelector("#chain-picture [data-transition]")))
                .hasSize(8);
        // Gaps carry a word, not only a colour.
        assertThat(browser.findElement(By.cssSelector("#chain-picture [data-phase='RETIREMENT']"))
                        .getText())
                .contains("LÜCKE");
        assertThat(browser.findElement(By.cssSelector("#chain-picture svg")).getText())
                .contains("Gesund im Alter");
        shot("17-chain-picture-harz");

        new Actions(browser)
                .click(browser.findElement(By.cssSelector("#chain-picture [data-phase='DAYCARE'] rect")))
                .perform();
        wait.until(d -> "DAYCARE".equals(d.findElement(By.id("chain-detail")).getAttribute("data-shows")));
        long daycare = coverage.phases().stream()
                .filter(p -> p.code().equals("DAYCARE"))
                .findFirst()
                .orElseThrow()
                .actors();
        assertThat(browser.findElements(By.cssSelector("#chain-detail a"))).hasSize((int) daycare);

        var bridged = transitions.transitions().stream()
                .filter(t -> t.bridged())
                .findFirst()
                .orElseThrow();
        new Actions(browser)
                .click(browser.findElement(By.cssSelector(
                        "#chain-picture [data-transition='" + bridged.from() + ">" + bridged.to() + "'] circle")))
                .perform();
        wait.until(d -> (bridged.from() + ">" + bridged.to())
                .equals(d.findElement(By.id("chain-detail")).getAttribute("data-shows")));
        var shown = browser.findElement(By.id("chain-detail")).getText();
        bridged.actors().forEach(a -> assertThat(shown).contains(a.name()));
        bridged.pairs().forEach(p -> assertThat(shown).contains(p.a().name()).contains(p.b().name()));
        shot("17-chain-picture-harz-transition");
    }

    @Test
    @Order(2)
    void the_chain_picture_of_gera_shows_its_open_retirement_and_prints_on_one_page() throws Exception {
        browser.get(url("/analysis/phases?chain=GERA-PK"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chain-picture svg [data-phase]")));
        waitForVaadin();
        var open = browser.findElements(By.cssSelector("#chain-picture [data-transition][data-state='open']")).stream()
                .map(e -> e.getAttribute("data-transition"))
                .toList();
        assertThat(open).containsExactly("WORKING_LIFE>RETIREMENT", "RETIREMENT>OLD_AGE");
        shot("17-chain-picture-gera");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            shot("17-chain-picture-gera-print");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
