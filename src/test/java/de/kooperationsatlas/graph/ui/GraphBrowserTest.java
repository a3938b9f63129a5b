package de.kooperationsatlas.graph.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.ui.BrowserTestSupport;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The network picture in headless Chromium with the demo data: what Cytoscape.js drew (through its
 * API) against the store, filters and the URL, the side panel. Screenshots {@code 16-graph*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphBrowserTest extends BrowserTestSupport {

    private static final String CY = "const cy = document.querySelector('network-graph').cy;";

    @Autowired
    AnalysisService analyses;

    @BeforeEach
    void signedIn() {
        if (browser.manage().getCookies().isEmpty()) {
            signIn("viewer", "viewer-demo");
        }
    }

    private Set<String> regionActors(String region) {
        return new HashSet<>(neo4j.query(new CypherScripts()
                        .statements("analysis/region_actors.cypher")
                        .getFirst())
                .bindAll(Map.of("region", region, "asOf", Dates.today().toString()))
                .fetchAs(String.class)
                .mappedBy((t, r) -> r.get("id").asString())
                .all());
    }

    private long cooperationsAmong(Set<String> ids, String kind) {
        return count(
                "MATCH (a:Actor)-[c:COOPERATES_WITH]-(b:Actor) WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id"
                        + " AND ($kind = '' OR c.kind = $kind)"
                        // active today: the picture leaves ended cooperations out (contract, "Time")
                        + " AND (c.since IS NULL OR c.since <= left($today, size(c.since)))"
                        + " AND (c.until IS NULL OR c.until >= left($today, size(c.until)))"
                        + " RETURN count(DISTINCT [a.id, b.id])",
                Map.of("ids", List.copyOf(ids), "kind", kind, "today", Dates.today().toString()));
    }

    /** Opens a picture and waits until its layout has settled. */
    private void openGraph(String query) {
        browser.get(url("/graph?" + query));
        script(
                "window.__graphErrors = []; window.addEventListener('error', e => window.__graphErrors.push(String(e.message)));");
        waitForSettled();
    }

    private void waitForSettled() {
        try {
            wait.until(d -> Boolean.TRUE.equals(script("const g = document.querySelector('network-graph');"
                    + " return !!g && !!g.cy && g.getAttribute('data-settled') === 'true';")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "The graph did not settle: "
                            + script("const g = document.querySelector('network-graph');"
                                    + " return JSON.stringify({defined: !!customElements.get('network-graph'),"
                                    + " element: !!g, width: g && g.clientWidth, height: g && g.clientHeight,"
                                    + " cy: !!(g && g.cy), data: g && typeof g.data, own: g && Object.keys(g),"
                                    + " errors: window.__graphErrors || []});"),
                    e);
        }
        waitForVaadin();
    }

    private long drawnNodes() {
        return ((Number) script(CY + " return cy.nodes('.actor').length;")).longValue();
    }

    private long drawnEdges() {
        return ((Number) script(CY + " return cy.edges().length;")).longValue();
    }

    @Test
    @Order(1)
    void the_picture_of_harz_draws_every_actor_and_cooperation_of_the_store() throws Exception {
        openGraph("region=15085");
        var ids = regionActors("15085");
        assertThat(drawnNodes()).isEqualTo(ids.size());
        assertThat(drawnEdges()).isEqualTo(cooperationsAmong(ids, ""));
        @SuppressWarnings("unchecked")
        var isolated = (List<String>) script(CY + " return cy.nodes('.isolated').map(n => n.id());");
        assertThat(isolated).contains("HZ-SSB", "HZ-THALE", "HZ-MGH-BLB");
        assertThat(isolated)
                .containsExactlyInAnyOrderElementsOf(analyses.isolated("15085").actors().stream()
                        .map(a -> a.id())
                        .toList());
        // Isolated actors sit below everything connected, inside the labelled frame.
        var belowAll = script(CY
                + " const connected = cy.nodes('.actor').filter(n => n.degree() > 0).boundingBox();"
                + " return cy.nodes('.isolated').every(n => n.position('y') > connected.y2);");
        assertThat(belowAll).isEqualTo(true);
        assertThat(browser.findElement(By.id("graph-summary")).getText()).contains(String.valueOf(ids.size()));
        assertThat(browser.findElement(By.id("graph-legend")).getText())
                .contains("Gesundheitsamt")
                .contains("Austausch");
        shot("16-graph-harz");
    }

    @Test
    @Order(2)
    void a_filter_changes_what_is_drawn_and_the_url() throws Exception {
        openGraph("region=15085");
        var ids = regionActors("15085");
        click(browser.findElement(By.id("graph-kind")));
        var item = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Austausch']")));
        click(item);
        long exchange = cooperationsAmong(ids, "EXCHANGE");
        wait.until(d -> d.getCurrentUrl().contains("kind=EXCHANGE"));
        waitForSettled();
        wait.until(d -> drawnEdges() == exchange);
        assertThat(exchange).isLessThan(cooperationsAmong(ids, ""));
        assertThat(drawnNodes()).isEqualTo(ids.size());

        // A copied link reopens the same picture, here narrowed to one life phase too.
        openGraph("region=15085&kind=EXCHANGE&phase=DAYCARE");
        long daycare = count(
                "MATCH (a:Actor)-[:ACTIVE_IN]->(:LifePhase {code: 'DAYCARE'}) WHERE a.id IN $ids RETURN count(a)",
                Map.of("ids", List.copyOf(ids)));
        assertThat(drawnNodes()).isEqualTo(daycare).isLessThan(ids.size());
        assertThat(browser.findElement(By.id("graph-kind")).getText()).contains("Austausch");
        shot("16-graph-harz-filtered");
    }

    @Test
    @Order(3)
    void clicking_an_actor_opens_the_side_panel_and_puts_it_into_the_url() throws Exception {
        openGraph("region=15085");
        @SuppressWarnings("unchecked")
        var at = (List<Number>) script(CY
                + " const host = document.querySelector('network-graph').getBoundingClientRect();"
                + " const p = cy.getElementById('HZ-GA').renderedPosition();"
                + " return [host.left + p.x, host.top + p.y];");
        new Actions(browser)
                .moveToLocation(at.get(0).intValue(), at.get(1).intValue())
                .click()
                .perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("graph-actor-name"), "Gesundheitsamt des Landkreises Harz"));
        wait.until(d -> d.getCurrentUrl().contains("actor=HZ-GA"));
        assertThat(browser.findElement(By.id("graph-actor-panel")).getText()).contains("Halberstadt");
        assertThat(browser.findElement(By.id("graph-actor-link")).getAttribute("href"))
                .endsWith("/actors/HZ-GA");
        assertThat(script(CY + " return cy.getElementById('HZ-GA').selected();"))
                .isEqualTo(true);
        wait.until(d -> Boolean.FALSE.equals(script(CY + " return cy.animated();"))); // the centring animation
        shot("16-graph-harz-selected");
    }

    @Test
    @Order(4)
    void the_gera_chain_picture_draws_its_contributors() throws Exception {
        openGraph("chain=GERA-PK");
        long contributors =
                count("MATCH (:Actor)-[:CONTRIBUTES_TO]->(:PreventionChain {id: 'GERA-PK'}) RETURN count(*)");
        assertThat(drawnNodes()).isEqualTo(contributors).isEqualTo(11);
        var ids = new HashSet<>(
                neo4j.query("MATCH (a:Actor)-[:CONTRIBUTES_TO]->(:PreventionChain {id: 'GERA-PK'}) RETURN a.id AS id")
                        .fetchAs(String.class)
                        .all());
        assertThat(drawnEdges()).isEqualTo(cooperationsAmong(ids, ""));
        shot("16-graph-gera-chain");
    }
}
