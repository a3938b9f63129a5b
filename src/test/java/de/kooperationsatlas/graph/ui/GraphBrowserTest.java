package de.kooperationsatlas.graph.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.graph.GraphFilter;
import de.kooperationsatlas.graph.GraphService;
import de.kooperationsatlas.graph.NetworkGraph;
import de.kooperationsatlas.structure.Sector;
import de.kooperationsatlas.structure.StructureService;
import de.kooperationsatlas.ui.BrowserTestSupport;
import java.time.LocalDate;
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
 * API) against the store, filters and the URL, the side panel, the comparison of two dates and the
 * year slider, the colouring by community or sector with cut points and critical cooperations marked, and
 * an actor's ego network. Screenshots {@code 16-graph*}, {@code 26-graph-compare-harz} and {@code 27-graph-*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphBrowserTest extends BrowserTestSupport {

    private static final String CY = "const cy = document.querySelector('network-graph').cy;";

    @Autowired
    AnalysisService analyses;

    @Autowired
    GraphService graphs;

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
                Map.of(
                        "ids",
                        List.copyOf(ids),
                        "kind",
                        kind,
                        "today",
                        Dates.today().toString()));
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

    private long drawn(String selector) {
        return ((Number) script(CY + " return cy.elements(arguments[0]).length;", selector)).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Number> position(String id) {
        return (List<Number>)
                script(CY + " const p = cy.getElementById(arguments[0]).position(); return [p.x, p.y];", id);
    }

    private static long changed(List<? extends Object> items, String change) {
        return items.stream()
                .filter(item -> change.equals(
                        item instanceof NetworkGraph.Edge e ? e.change() : ((NetworkGraph.Node) item).change()))
                .count();
    }

    @Test
    @Order(5)
    void a_comparison_draws_new_and_ended_ties_and_the_year_slider_keeps_the_layout() throws Exception {
        openGraph("region=15085&asOf=2025-12-31&compare=2023-12-31");
        var expected = graphs.of(
                "15085", null, null, GraphFilter.NONE, LocalDate.parse("2025-12-31"), LocalDate.parse("2023-12-31"));
        assertThat(drawnNodes()).isEqualTo(expected.nodes().size());
        assertThat(drawnEdges()).isEqualTo(expected.edges().size());
        assertThat(drawn("edge.ended"))
                .isEqualTo(changed(expected.edges(), NetworkGraph.ENDED))
                .isEqualTo(3);
        assertThat(drawn("edge.added"))
                .isEqualTo(changed(expected.edges(), NetworkGraph.ADDED))
                .isPositive();
        assertThat(drawn("node.ended")).isEqualTo(changed(expected.nodes(), NetworkGraph.ENDED));
        assertThat(drawn("node.added")).isEqualTo(changed(expected.nodes(), NetworkGraph.ADDED));
        var legend = browser.findElement(By.id("graph-legend-changes")).getText();
        assertThat(legend)
                .contains("neu seit 31.12.2023")
                .contains("Kooperationen " + changed(expected.edges(), NetworkGraph.ADDED))
                .contains("beendet seit 31.12.2023")
                .contains("Kooperationen 3");
        assertThat(script("return document.getElementById('graph-year').value;"))
                .isEqualTo("2025");
        shot("26-graph-compare-harz");

        // One year back: 2024 against 2023; the actors drawn before keep their place.
        var ga = position("HZ-GA");
        var ksb = position("HZ-KSB");
        click(browser.findElement(By.id("graph-year-previous")));
        wait.until(d -> d.getCurrentUrl().contains("asOf=2024-12-31"));
        waitForSettled();
        var year2024 = graphs.of(
                "15085", null, null, GraphFilter.NONE, LocalDate.parse("2024-12-31"), LocalDate.parse("2023-12-31"));
        wait.until(d -> drawnEdges() == year2024.edges().size());
        assertThat(browser.getCurrentUrl()).contains("compare=2023-12-31");
        assertThat(drawn("edge.added")).isEqualTo(changed(year2024.edges(), NetworkGraph.ADDED));
        assertThat(drawn("edge.ended")).isEqualTo(changed(year2024.edges(), NetworkGraph.ENDED));
        assertThat(script("return document.getElementById('graph-year').value;"))
                .isEqualTo("2024");
        assertSamePlace(ga, position("HZ-GA"));
        assertSamePlace(ksb, position("HZ-KSB"));

        // And on again: 2025 against 2024, still in the same places.
        click(browser.findElement(By.id("graph-year-next")));
        wait.until(d -> d.getCurrentUrl().contains("asOf=2025-12-31")
                && d.getCurrentUrl().contains("compare=2024-12-31"));
        waitForSettled();
        assertSamePlace(ga, position("HZ-GA"));
        assertSamePlace(ksb, position("HZ-KSB"));
        assertThat(script("return window.__graphErrors;")).asList().isEmpty();
    }

    @Autowired
    StructureService structure;

    @Test
    @Order(6)
    void the_picture_colours_by_community_or_sector_and_marks_cut_points_and_critical_cooperations() throws Exception {
        openGraph("region=15085&colour=community&weak=true");
        var today = Dates.today();
        var communities = structure.communities("15085", 1.0, today).communities();
        var colours = GraphPalette.COMMUNITIES;
        for (int c = 0; c < communities.size(); c++) {
            String expected = c < colours.size() ? colours.get(c) : GraphPalette.OTHER_COMMUNITY;
            for (String id : communities.get(c).actors()) {
                assertThat(script(CY + " return cy.getElementById(arguments[0]).data('color');", id))
                        .as(id)
                        .isEqualTo(expected);
            }
        }
        var cuts = structure.cutPoints("15085", today);
        assertThat(cuts.actors()).isNotEmpty();
        @SuppressWarnings("unchecked")
        var marked = (List<String>) script(CY + " return cy.nodes('.cut').map(n => n.id());");
        assertThat(marked)
                .containsExactlyInAnyOrderElementsOf(
                        cuts.actors().stream().map(a -> a.id()).toList());
        @SuppressWarnings("unchecked")
        var critical = (List<String>) script(CY + " return cy.edges('.critical').map(e => e.id());");
        assertThat(critical)
                .containsExactlyInAnyOrderElementsOf(cuts.cooperations().stream()
                        .map(c -> c.a() + "\u2194" + c.b())
                        .toList());
        var legend = browser.findElement(By.id("graph-legend")).getText();
        assertThat(legend).contains("Gruppe 1 · " + communities.getFirst().size() + " Akteure im Bild");
        assertThat(legend).contains("Doppelter Ring").contains("einzige Brücke");
        shot("27-graph-communities-harz");

        // By sector: restyled in place (no new layout), the legend and the URL follow.
        var ga = position("HZ-GA");
        click(browser.findElement(By.id("graph-colour")));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Sektor']"))));
        wait.until(d -> d.getCurrentUrl().contains("colour=sector"));
        wait.until(d -> GraphPalette.SECTORS
                .get(Sector.HEALTH)
                .equals(script(CY + " return cy.getElementById('HZ-GA').data('color');")));
        assertThat(script(CY + " return cy.getElementById('HZ-KSB').data('color');"))
                .isEqualTo(GraphPalette.SECTORS.get(Sector.CIVIL_SOCIETY));
        assertThat(browser.findElement(By.id("graph-legend")).getText())
                .contains("Gesundheit und Pflege")
                .contains("Zivilgesellschaft und Sport")
                .doesNotContain("Gruppe 1");
        assertSamePlace(ga, position("HZ-GA"));
        // Without the marks nothing is marked any more.
        click(browser.findElement(By.id("graph-weak")));
        wait.until(d -> !d.getCurrentUrl().contains("weak="));
        wait.until(d -> drawn(".cut") == 0 && drawn(".critical") == 0);
        shot("27-graph-sectors-harz");
    }

    @Test
    @Order(7)
    void an_actors_ego_network_opens_from_the_side_panel_and_its_depth_slider_changes_it() throws Exception {
        openGraph("region=15085&actor=HZ-GA");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("graph-actor-name"), "Gesundheitsamt des Landkreises Harz"));
        click(browser.findElement(By.id("graph-actor-ego")));
        wait.until(d -> d.getCurrentUrl().contains("ego=HZ-GA"));
        waitForSettled();
        var today = Dates.today();
        var two = structure.egoNetwork("HZ-GA", 2, today);
        wait.until(d -> drawnNodes() == two.actors().size());
        assertThat(drawnEdges()).isEqualTo(two.cooperations().size());
        assertThat(browser.getCurrentUrl()).doesNotContain("region=");
        assertThat(browser.findElement(By.id("graph-title")).getAttribute("textContent"))
                .contains("Umfeld von Gesundheitsamt des Landkreises Harz");
        assertThat(script("return document.getElementById('graph-ego').hidden;"))
                .isEqualTo(false);

        var one = structure.egoNetwork("HZ-GA", 1, today);
        assertThat(one.actors().size()).isLessThan(two.actors().size());
        script("const s = document.getElementById('graph-depth'); s.value = '1';"
                + " s.dispatchEvent(new Event('change'));");
        wait.until(d -> d.getCurrentUrl().contains("depth=1"));
        waitForSettled();
        wait.until(d -> drawnNodes() == one.actors().size());
        assertThat(browser.findElement(By.id("graph-depth-label")).getAttribute("textContent"))
                .isEqualTo("1");
        // A copied link reopens the same ego network.
        openGraph("ego=HZ-GA&depth=1");
        assertThat(drawnNodes()).isEqualTo(one.actors().size());
        assertThat(script("return window.__graphErrors;")).asList().isEmpty();
        openGraph("ego=HZ-GA&colour=sector&weak=true");
        assertThat(drawnNodes()).isEqualTo(two.actors().size());
        shot("27-graph-ego-harz");
    }

    private static void assertSamePlace(List<Number> before, List<Number> after) {
        assertThat(after.get(0).doubleValue()).isCloseTo(before.get(0).doubleValue(), within(0.5));
        assertThat(after.get(1).doubleValue()).isCloseTo(before.get(1).doubleValue(), within(0.5));
    }
}
