package de.kooperationsatlas.structure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.structure.StructureService;
import de.kooperationsatlas.ui.BrowserTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Wie sind wir verbunden?" on the demo actor page of the Harz health office: a partner's partner is
 * two cooperations away, with every shortest chain as linked names; an actor without any cooperation is
 * "nicht verbunden". Screenshot {@code 24-actor-paths}.
 */
class ActorPathsBrowserTest extends BrowserTestSupport {

    static final String ACTOR = "HZ-GA";

    @Autowired
    StructureService structure;

    @BeforeEach
    void signedIn() {
        if (browser.manage().getCookies().isEmpty()) {
            signIn("viewer", "viewer-demo");
        }
    }

    private String name(String id) {
        return neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.name")
                .bind(id)
                .to("id")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }

    /** Types the name into the picker and takes the first match the lazy search offers. */
    private void choose(String name) {
        var picker = input("#actor-paths-other");
        script("arguments[0].value = '';", picker);
        picker.sendKeys(name);
        wait.until(d -> Boolean.TRUE.equals(script("const c = document.getElementById('actor-paths-other');"
                + " return c.opened && !c.loading && (c.filteredItems || []).some(i => i && i.label);")));
        picker.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForVaadin();
    }

    @Test
    void a_partners_partner_is_two_cooperations_away_and_an_actor_without_partners_is_not_connected() throws Exception {
        var today = Dates.today().toString();
        // A demo actor two active cooperations away from the health office (not its partner).
        String twoSteps = neo4j.query("""
                        MATCH (a:Actor {id: $actor})-[r:COOPERATES_WITH]-(m:Actor)-[s:COOPERATES_WITH]-(b:Actor)
                        WHERE b <> a AND NOT EXISTS { (a)-[:COOPERATES_WITH]-(b) }
                          AND r.until IS NULL AND s.until IS NULL AND b.until IS NULL AND m.until IS NULL
                        RETURN b.id ORDER BY b.id LIMIT 1""")
                .bind(ACTOR)
                .to("actor")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        var expected = structure.paths(ACTOR, twoSteps, ActorPathsPanel.SHOWN + 1, Dates.today());
        assertThat(expected.distance()).isEqualTo(2);
        // An active demo actor without any cooperation.
        String alone = neo4j.query("""
                        MATCH (b:Actor) WHERE NOT EXISTS { (b)-[:COOPERATES_WITH]-() }
                          AND (b.until IS NULL OR b.until >= $today) AND (b.since IS NULL OR b.since <= $today)
                        RETURN b.id ORDER BY b.id LIMIT 1""")
                .bindAll(Map.of("today", today))
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        assertThat(structure.paths(ACTOR, alone, 5, Dates.today()).distance()).isNull();

        browser.get(url("/actors/" + ACTOR));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-paths")));
        waitForVaadin();
        assertThat(browser.findElement(By.id("actor-paths")).getText()).contains("Wie sind wir verbunden?");
        assertThat(browser.findElement(By.id("actor-paths-graph")).getAttribute("href"))
                .contains("graph?region=15085&actor=HZ-GA");

        choose(name(twoSteps));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-paths-distance")));
        var distance = browser.findElement(By.id("actor-paths-distance"));
        assertThat(distance.getAttribute("data-distance")).isEqualTo("2");
        assertThat(distance.getText())
                .contains("über 2 Kooperationen verbunden")
                .contains(name(twoSteps));
        List<WebElement> chains = browser.findElements(By.cssSelector("#actor-paths-result .actor-path"));
        var shown = expected.paths()
                .subList(0, Math.min(ActorPathsPanel.SHOWN, expected.paths().size()));
        assertThat(chains)
                .extracting(c -> c.getAttribute("data-path"))
                .containsExactlyElementsOf(
                        shown.stream().map(p -> String.join(" ", p)).toList());
        // Each chain names its actors (not ids), each linked to its page, from this actor to the other.
        var first = chains.getFirst();
        assertThat(first.getText())
                .startsWith(name(ACTOR) + " → " + name(shown.getFirst().get(1)) + " → ")
                .endsWith(name(twoSteps))
                .doesNotContain("HZ-");
        assertThat(first.findElements(By.tagName("a")))
                .extracting(a -> a.getAttribute("href").replaceAll(".*/actors/", ""))
                .containsExactlyElementsOf(shown.getFirst());
        assertThat(browser.findElements(By.id("actor-paths-none"))).isEmpty();
        browser.manage().window().setSize(new Dimension(1400, 1000));
        script("document.getElementById('actor-paths').scrollIntoView({block: 'start'});");
        afterNextPaint();
        shot("24-actor-paths");

        choose(name(alone));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-paths-none")));
        assertThat(browser.findElement(By.id("actor-paths-none")).getText())
                .contains("nicht verbunden")
                .contains(name(alone));
        assertThat(browser.findElements(By.cssSelector("#actor-paths-result .actor-path")))
                .isEmpty();
        assertThat(browser.findElement(By.id("actor-paths")).getText()).doesNotContain("structure.");
    }
}
