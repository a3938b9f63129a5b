package de.kooperationsatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person's path in headless Chromium (Debian's chromium and chromium-driver): sign in, open the
 * region browser and an actor page, try a broken actor form. Screenshots land in
 * {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest extends BrowserTestSupport {

    @Test
    @Order(1)
    void the_login_page_shows_the_demo_users_in_german() throws Exception {
        browser.get(url("/login"));
        var demo = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-users")));
        waitForVaadin();
        assertThat(demo.getText()).contains("Demo-Zugänge").contains("viewer / viewer-demo");
        shot("01-login");
    }

    @Test
    @Order(2)
    void a_viewer_signs_in_and_sees_the_overview() throws Exception {
        signIn("viewer", "viewer-demo");
        var figures = browser.findElement(By.id("figures")).getText();
        assertThat(figures).contains("Akteure").contains("Kooperationen");
        long actors = count("MATCH (a:Actor) RETURN count(a)");
        assertThat(browser.findElement(By.cssSelector("[data-figure='actors']")).getText())
                .isEqualTo(String.valueOf(actors));
        shot("02-start");
    }

    @Test
    @Order(3)
    void the_region_browser_shows_halberstadt_inside_harz_with_its_actors() throws Exception {
        browser.get(url("/regions/15085135"));
        var breadcrumb = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("breadcrumb")));
        waitForVaadin();
        assertThat(breadcrumb.getText())
                .contains("Deutschland")
                .contains("Sachsen-Anhalt")
                .contains("Harz");
        assertThat(browser.findElement(By.id("region-facts")).getText())
                .contains("15085135")
                .contains("Einwohner");
        wait.until(
                d -> d.findElement(By.id("region-actors")).getText().contains("Gesundheitsamt des Landkreises Harz"));
        shot("03-region-halberstadt");
        browser.get(url("/regions/15085"));
        wait.until(d -> d.findElement(By.id("region-children")).getText().contains("Halberstadt"));
        waitForVaadin();
        shot("04-region-harz");
    }

    @Test
    @Order(4)
    void an_actor_page_shows_seat_phases_and_cooperations() throws Exception {
        browser.get(url("/actors/HZ-GA"));
        var name = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actor-name")));
        waitForVaadin();
        assertThat(name.getText()).isEqualTo("Gesundheitsamt des Landkreises Harz");
        assertThat(browser.findElement(By.id("actor-seat")).getText()).contains("Halberstadt");
        assertThat(browser.findElements(By.id("edit-actor")))
                .as("a viewer sees no edit button")
                .isEmpty();
        assertThat(browser.findElement(By.id("actor-cooperations")).getText()).isNotBlank();
        shot("05-actor");
        browser.get(url("/actors"));
        wait.until(d -> d.findElement(By.id("actor-grid")).getText().contains("Gesundheitsamt"));
        waitForVaadin();
        shot("06-actor-list");
    }

    @Test
    @Order(4)
    void the_gaps_of_harz_show_the_phase_nobody_covers() throws Exception {
        browser.get(url("/analysis?region=15085"));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("gaps-content"), "Übergang in den Ruhestand"));
        waitForVaadin();
        shot("06b-gaps-harz");
        assertThat(browser.findElement(By.id("gaps-content")).getText()).contains("Lücke");
    }

    @Test
    @Order(4)
    void suggestions_collaborators_and_the_district_comparison_show_results() throws Exception {
        browser.get(url("/analysis/suggestions?actor=HZ-GA&radiusKm=60"));
        wait.until(d -> d.findElement(By.id("suggestions-grid")).getText().contains("Harz"));
        waitForVaadin();
        shot("06c-suggestions");
        browser.get(url("/analysis/collaborators?municipality=15085135&phase=OLD_AGE&radiusKm=30"));
        wait.until(d -> !d.findElement(By.id("collaborators-grid")).getText().isBlank());
        waitForVaadin();
        shot("06d-collaborators");
        browser.get(url("/analysis/districts?state=15"));
        wait.until(d -> d.findElement(By.id("districts-grid")).getText().contains("Harz"));
        waitForVaadin();
        shot("06e-districts");
        assertThat(browser.findElement(By.id("districts-grid")).getText()).contains("Magdeburg");
    }

    @Test
    @Order(5)
    void an_editor_gets_german_messages_at_the_wrong_fields() throws Exception {
        browser.manage().deleteAllCookies();
        signIn("editor", "editor-demo");
        browser.get(url("/actors/new"));
        waitForVaadin();
        input("#actor-id").sendKeys("HZ-GA" + Keys.TAB);
        waitForVaadin();
        input("#actor-name-field").sendKeys("Doppelter Akteur" + Keys.TAB);
        waitForVaadin();
        click(browser.findElement(By.id("save-actor")));
        waitForVaadin();
        var idField = browser.findElement(By.id("actor-id"));
        wait.until(d -> idField.getAttribute("invalid") != null);
        shot("07-actor-form-errors");
        assertThat(idField.getDomProperty("errorMessage")).contains("schon vergeben");
        assertThat(browser.findElement(By.id("actor-seat-field")).getDomProperty("errorMessage"))
                .contains("Pflichtfeld");
        assertThat(browser.findElement(By.id("actor-name-field")).getDomAttribute("invalid"))
                .as("a filled field stays valid")
                .isNull();
    }

    @Test
    @Order(6)
    void the_interface_switches_to_english() throws Exception {
        browser.get(url("/regions/15"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("breadcrumb")));
        waitForVaadin();
        click(browser.findElement(By.id("language")));
        var english = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "vaadin-select-item[label='EN'], vaadin-select-list-box vaadin-select-item:nth-child(2)")));
        click(english);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("breadcrumb"), "Germany"));
        waitForVaadin();
        assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText())
                .contains("Regions")
                .contains("Actors");
        shot("08-region-english");
    }

    @Test
    @Order(7)
    void an_admin_sees_networks_chains_events_users_and_reference_data() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        signIn("admin", "admin-demo");
        browser.get(url("/admin/networks"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Gesunde Kommune"));
        waitForVaadin();
        assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText())
                .as("the menu from the views' @Menu: today's entries in today's order, the admin pages grouped")
                .containsSubsequence(
                        "Start",
                        "Regionen",
                        "Akteure",
                        "Karte",
                        "Netzwerkbild",
                        "Lücken finden",
                        "Kooperationsvorschläge",
                        "Partner für eine Gemeinde",
                        "Kreisvergleich",
                        "Präventionskette als Bild",
                        "Cypher-Konsole",
                        "Verwaltung",
                        "Netzwerke",
                        "Präventionsketten",
                        "Veranstaltungen",
                        "Import und Export",
                        "Benutzer",
                        "Referenzdaten",
                        "Über / Quellen");
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item[path='admin/networks']")))
                .as("an admin page is an entry below the admin group")
                .hasSize(1);
        shot("09-admin-networks");
        browser.get(url("/admin/chains"));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Präventionskette Gera"));
        waitForVaadin();
        shot("10-admin-chains");
        browser.get(url("/admin/chains/GERA-PK"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Gera"));
        waitForVaadin();
        shot("10b-admin-chain-contributors");
        browser.get(url("/admin/events"));
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Gesundheitskonferenz"));
        waitForVaadin();
        shot("11-admin-events");
        browser.get(url("/admin/events/HZ-GK-2023-11-23"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Halberstadt"));
        waitForVaadin();
        shot("11b-admin-event-participants");
        browser.get(url("/admin/import"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        waitForVaadin();
        assertThat(browser.findElement(By.id("export-zip")).getText()).isNotBlank();
        shot("11c-admin-import");
        browser.get(url("/admin/users"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "analyst"));
        waitForVaadin();
        shot("12-admin-users");
        browser.get(url("/admin/reference-data"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "11.004"));
        waitForVaadin();
        shot("13-admin-reference-data");
        browser.get(url("/about"));
        var sources = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source-notes")));
        assertThat(sources.getText())
                .contains("© Statistisches Bundesamt (Destatis), 2021 (Daten verändert)")
                .contains("© GeoBasis-DE / BKG 2021 (Daten verändert)");
        shot("14-about");
    }

    @Test
    @Order(8)
    void a_viewer_cannot_open_the_admin_pages() throws Exception {
        browser.manage().deleteAllCookies();
        signIn("viewer", "viewer-demo");
        assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText())
                .as("the menu leaves out what a viewer may not open")
                .contains("Lücken finden")
                .doesNotContain("Verwaltung")
                .doesNotContain("Netzwerke")
                .doesNotContain("Cypher-Konsole");
        browser.get(url("/admin/users"));
        waitForVaadin();
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain("analyst-demo")
                .doesNotContain("Benutzer anlegen");
        assertThat(browser.findElements(By.tagName("vaadin-grid"))).isEmpty();
    }

    @Test
    @Order(9)
    void a_page_the_role_may_not_open_or_that_does_not_exist_says_so_in_german_inside_the_app() throws Exception {
        browser.manage().deleteAllCookies();
        signIn("viewer", "viewer-demo");
        browser.get(url("/console"));
        waitForVaadin();
        var denied = wait.until(d -> d.findElement(By.id("error-denied")));
        assertThat(denied.getText()).contains("Keine Berechtigung").contains("„/console“");
        assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText())
                .as("inside the app's frame, with its menu")
                .contains("Lücken finden");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Could not navigate");
        shot("28-denied");
        browser.get(url("/admin/users"));
        waitForVaadin();
        wait.until(d -> d.findElement(By.id("error-denied")));

        browser.get(url("/gibt-es-nicht/seite"));
        waitForVaadin();
        var missing = wait.until(d -> d.findElement(By.id("error-not-found")));
        assertThat(missing.getText()).contains("Seite nicht gefunden").contains("„/gibt-es-nicht/seite“");
        click(browser.findElement(By.id("error-back")));
        wait.until(d -> d.getCurrentUrl().equals(url("/")));

        // An address no view serves (a file name): a page, not JSON.
        browser.get(url("/handbuch.pdf"));
        waitForVaadin();
        assertThat(wait.until(d -> d.findElement(By.id("error-not-found"))).getText())
                .contains("Seite nicht gefunden")
                .contains("/handbuch.pdf");

        // An address the server refuses before any view: a page in German and English, not JSON.
        browser.get(url("/handbuch;version=2"));
        var body = browser.findElement(By.tagName("body")).getText();
        assertThat(body)
                .contains("Anfrage nicht möglich")
                .contains("Request not possible")
                .doesNotContain("\"status\"");
        shot("28-refused");
        browser.findElement(By.id("error-back")).click();
        wait.until(d -> d.getCurrentUrl().equals(url("/")));
    }
}
