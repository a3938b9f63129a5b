package de.kooperationsatlas.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.DistrictComparison.District;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.map.MapService;
import de.kooperationsatlas.ui.BrowserTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The map and the district bars in headless Chromium: what Leaflet and Chart.js drew, checked against
 * the analyses and the reference data. Screenshots {@code 18-map*.png} and {@code 19-district-chart*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapBrowserTest extends BrowserTestSupport {

    @Autowired
    AnalysisService analyses;

    @Autowired
    MapService maps;

    /** Waits until the map has drawn the given view ("districts" or "municipalities:15"). */
    private void waitForMap(String view) {
        try {
            wait.until(d -> Boolean.TRUE.equals(script(
                    "const m = document.querySelector('atlas-map');"
                            + " return !!m && m.rendered === true && m.config.view === arguments[0];",
                    view)));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                shot("failed-map-" + view.replace(':', '-'));
            } catch (Exception ignored) {
                // the assertion below says what went wrong
            }
            throw new AssertionError(
                    "The map did not draw " + view + ": "
                            + script("const m = document.querySelector('atlas-map');"
                                    + " return m ? (m.config && m.config.view) + ' / ' + m.error : 'no map'"),
                    e);
        }
        waitForVaadin();
    }

    /** Scrolls the map to the top of the window, so that a screenshot shows all of it with its legend. */
    private void mapShot(String name) throws Exception {
        script("document.getElementById('map-summary').scrollIntoView({block: 'start'})");
        afterNextPaint();
        shot(name);
    }

    private long shapes() {
        return (Long) script("return document.querySelectorAll('atlas-map path.atlas-shape').length");
    }

    @Test
    @Order(1)
    void the_germany_map_draws_401_districts_and_colours_harz_by_its_legend_class() throws Exception {
        signIn("viewer", "viewer-demo");
        browser.get(url("/map"));
        waitForMap("districts");

        assertThat(shapes()).isEqualTo(401);
        System.out.println("Germany map (401 districts) drawn in "
                + script("return document.querySelector('atlas-map').drawnInMs") + " ms after show()");
        assertThat(script("return document.querySelector('atlas-map').shapeLayer.getLayers().length"))
                .isEqualTo(401L);

        District harz = analyses.districts(null).districts().stream()
                .filter(d -> d.ags().equals("15085"))
                .findFirst()
                .orElseThrow();
        assertThat(harz.actorsPer10k()).as("Harz has demo actors").isPositive();
        @SuppressWarnings("unchecked")
        var legend = (List<Map<String, String>>)
                script(
                        "return [...document.querySelectorAll('atlas-map li.atlas-legend-class')]"
                                + ".filter(li => li.dataset.upper !== undefined)"
                                + ".map(li => ({lower: li.dataset.lower, upper: li.dataset.upper, colour: li.dataset.colour}))");
        assertThat(legend).hasSizeGreaterThanOrEqualTo(3);
        String expected = legend.stream()
                .filter(c -> {
                    double lower = Double.parseDouble(c.get("lower"));
                    double upper = Double.parseDouble(c.get("upper"));
                    return upper == 0
                            ? harz.actorsPer10k() == 0
                            : harz.actorsPer10k() > lower && harz.actorsPer10k() <= upper;
                })
                .map(c -> c.get("colour"))
                .findFirst()
                .orElseThrow();
        String fill = (String)
                script("return document.querySelector('atlas-map path[data-ags=\"15085\"]').getAttribute('fill')");
        assertThat(fill).isEqualToIgnoringCase(expected);
        // Districts without actors are grey, not a palette colour.
        String zeroFill = (String) script("const d = document.querySelector('atlas-map').config.regions;"
                + " const ags = Object.keys(d).find(k => d[k].label === '0,00');"
                + " return document.querySelector('atlas-map path[data-ags=\"' + ags + '\"]').getAttribute('fill')");
        assertThat(zeroFill).isEqualToIgnoringCase("#e3e3e3");

        // The hover value and the source notes.
        assertThat((String) script("return document.querySelector('atlas-map').shapes.get('15085')"
                        + ".getTooltip().getContent().textContent"))
                .contains("Harz")
                .contains(String.format(java.util.Locale.GERMANY, "%.2f", harz.actorsPer10k()));
        var attribution = browser.findElement(By.cssSelector("atlas-map .leaflet-control-attribution"))
                .getText();
        assertThat(attribution)
                .contains("© GeoBasis-DE / BKG 2021")
                .contains("Destatis")
                .contains("dl-de/by-2-0");
        // The text alternative holds every district.
        assertThat(script("return document.getElementById('map-table').size")).isEqualTo(401L);
        mapShot("18-map-germany");
    }

    @Test
    @Order(2)
    void clicking_harz_shows_its_figures_and_zooms_into_sachsen_anhalt_with_actor_seats() throws Exception {
        script("document.querySelector('atlas-map').shapes.get('15085').fire('click')");
        wait.until(d -> d.findElement(By.id("map-details")).getText().contains("Harz"));
        assertThat(browser.getCurrentUrl()).contains("selected=15085");
        mapShot("18-map-germany-harz-selected");
        click(browser.findElement(By.id("map-zoom-state")));
        waitForMap("municipalities:15");
        assertThat(browser.getCurrentUrl()).contains("state=15");

        long expectedShapes = (Long) script("const m = document.querySelector('atlas-map');"
                + " return m.shapeLayer.getLayers().filter(l => l.feature.properties.ags.startsWith('15')).length");
        assertThat(shapes()).isEqualTo(expectedShapes).isGreaterThan(200);
        assertThat(script("return [...document.querySelectorAll('atlas-map path.atlas-shape')]"
                        + ".every(p => p.dataset.ags.startsWith('15'))"))
                .isEqualTo(true);
        var seats = maps.municipalities("15", Dates.today()).seats();
        assertThat(seats).isNotEmpty();
        assertThat(script("return document.querySelectorAll('atlas-map path.atlas-seat').length"))
                .isEqualTo((long) seats.size());
        assertThat(script("return document.querySelector('atlas-map path.atlas-seat[data-ags=\"15085135\"]') !== null"))
                .isEqualTo(true);
        assertThat(browser.findElement(By.id("map-summary")).getText()).contains("Sachsen-Anhalt");
        mapShot("18-map-sachsen-anhalt");

        // Printed on A4 landscape: one page with the map, its legend and the source notes.
        var options = new PrintOptions();
        options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        options.setPageSize(new PageSize(21.0, 29.7));
        options.setBackground(true);
        byte[] pdf =
                Base64.getDecoder().decode(((PrintsPage) browser).print(options).getContent());
        Files.write(SHOTS.resolve("18-map-print.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    @Order(3)
    void a_copied_link_reopens_the_same_map_with_the_selected_municipality() throws Exception {
        browser.get(url("/map?state=15&figure=seated&selected=15085135"));
        waitForMap("municipalities:15");
        var details = wait.until(d -> {
            var text = d.findElement(By.id("map-details")).getText();
            return text.contains("Halberstadt") ? text : null;
        });
        assertThat(details).contains("15085135");
        assertThat(browser.findElement(By.id("map-seat-actors")).getText())
                .contains("Gesundheitsamt des Landkreises Harz");
        assertThat(script("return document.querySelector('atlas-map').config.figureName"))
                .isEqualTo("Akteure mit Sitz in der Gemeinde");
        assertThat(script("return document.querySelector('atlas-map path[data-ags=\"15085135\"]')"
                        + ".getAttribute('stroke')"))
                .as("the selected municipality is outlined")
                .isEqualTo("#000000");
        mapShot("18-map-halberstadt-seats");
    }

    @Test
    @Order(5)
    void the_map_speaks_english_after_the_switch() throws Exception {
        browser.get(url("/map?figure=coveredPhases"));
        waitForMap("districts");
        click(browser.findElement(By.id("language")));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "vaadin-select-item[label='EN'], vaadin-select-list-box vaadin-select-item:nth-child(2)"))));
        wait.until(d -> "Covered life phases"
                .equals(script("const m = document.querySelector('atlas-map');"
                        + " return m && m.rendered ? m.config.figureName : null")));
        waitForVaadin();
        assertThat(browser.findElement(By.cssSelector("atlas-map .atlas-legend"))
                        .getText())
                .contains("Covered life phases");
        assertThat(browser.findElement(By.cssSelector("atlas-map .leaflet-control-attribution"))
                        .getText())
                .contains("Outlines © GeoBasis-DE / BKG 2021 (data changed)");
        assertThat(browser.findElement(By.id("map-summary")).getText()).contains("401 districts");
        mapShot("18-map-english");
    }

    @Test
    @Order(4)
    void the_district_comparison_shows_one_bar_per_district_of_sachsen_anhalt() throws Exception {
        browser.get(url("/analysis/districts?state=15&figure=actorsPer10k"));
        wait.until(d -> Boolean.TRUE.equals(
                script("const c = document.querySelector('atlas-bar-chart'); return !!c && !!c.chart;")));
        waitForVaadin();
        var districts = analyses.districts("15").districts();
        assertThat(districts).hasSizeGreaterThan(10);
        assertThat(script("return document.querySelector('atlas-bar-chart').chart.getDatasetMeta(0).data.length"))
                .isEqualTo((long) districts.size());
        var highest = districts.stream()
                .max(Comparator.comparingDouble(District::actorsPer10k))
                .orElseThrow();
        assertThat(script("return document.querySelector('atlas-bar-chart').chart.data.labels[0]"))
                .isEqualTo(highest.name());
        assertThat(browser.findElement(By.id("districts-chart-note")).getText())
                .contains(String.valueOf(districts.size()));
        shot("19-district-chart-sachsen-anhalt");

        browser.get(url("/analysis/districts?figure=coveredPhases"));
        wait.until(d -> Boolean.TRUE.equals(
                script("const c = document.querySelector('atlas-bar-chart'); return !!c && !!c.chart"
                        + " && c.chart.data.labels.length === 60;")));
        waitForVaadin();
        assertThat(browser.findElement(By.id("districts-chart-note")).getText())
                .contains("60")
                .contains("401");
        shot("19-district-chart-germany");
    }
}
