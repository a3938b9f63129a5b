package de.kooperationsatlas.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.ui.BrowserTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The import page as an administrator uses it: real files through the upload's file input, the check
 * (dry run) listing a problem with file, line, column and German message while nothing is written, then a
 * clean bundle imported with its counts. What it adds is removed afterwards, so the demo data stays.
 */
class ImportPageBrowserTest extends BrowserTestSupport {

    private static final String PREFIX = "UI-IMP-";

    @TempDir
    Path folder;

    @AfterEach
    void removeWhatWasImported() {
        neo4j.query("MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a")
                .bind(PREFIX)
                .to("prefix")
                .run();
    }

    @Test
    void a_bundle_with_an_error_is_listed_and_not_written_then_a_clean_bundle_is_imported() throws Exception {
        long actors = count("MATCH (a:Actor) RETURN count(a)");
        long cooperations = count("MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c)");
        signIn("admin", "admin-demo");

        // An unknown actor type in line 3 of actors.csv, and an AGS that lost its leading zero (a note).
        Path broken = Files.createDirectories(folder.resolve("broken"));
        write(broken.resolve("actors.csv"), """
                id;name;type;seat_ags
                UI-IMP-B1;Turnverein Gera (Oberflächentest);SPORTS;16052000
                UI-IMP-B2;Familienzentrum Husum (Oberflächentest);BAKERY;1054056
                """);
        write(broken.resolve("cooperations.csv"), """
                actor_a;actor_b;kind
                UI-IMP-B1;ST-LVG;PROJECT
                """);
        openImportPage();
        upload(broken.resolve("actors.csv"), broken.resolve("cooperations.csv"));
        click(browser.findElement(By.id("import-check")));
        var problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
        wait.until(d -> cells(problems).contains("seat_ags"));
        waitForVaadin();
        List<String> cells = cells(problems);
        int at = cells.indexOf("actors.csv");
        assertThat(at).as(cells.toString()).isNotNegative();
        assertThat(cells.subList(at, at + 4))
                .satisfies(row -> assertThat(row.get(1)).isEqualTo("3"))
                .satisfies(row -> assertThat(row.get(2)).isEqualTo("type"))
                .satisfies(row -> assertThat(row.get(3)).contains("„BAKERY“"));
        // The warning follows the errors, marked as a note.
        assertThat(cells.subList(at + 4, at + 8))
                .satisfies(row -> assertThat(row.get(0)).isEqualTo("actors.csv"))
                .satisfies(row -> assertThat(row.get(2)).isEqualTo("seat_ags"))
                .satisfies(row -> assertThat(row.get(3)).startsWith("Hinweis: ").contains("„01054056“"));
        assertThat(browser.findElement(By.id("import-summary")).getText())
                .startsWith("1 Problem gefunden; es wurde nichts geschrieben.");
        assertThat(browser.findElement(By.id("import-run")).getDomProperty("disabled"))
                .isEqualTo("true");
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(actors);
        assertThat(count("MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c)")).isEqualTo(cooperations);
        closeNotifications();
        script("arguments[0].scrollIntoView({block: 'end'})", problems);
        shot("20-import-errors");

        // A clean bundle: two new actors, one cooperation between them and one with a demo actor.
        Path clean = Files.createDirectories(folder.resolve("clean"));
        write(clean.resolve("actors.csv"), """
                id,name,type,seat_ags,life_phases,topics
                UI-IMP-A1,Turnverein Gera (Oberflächentest),SPORTS,16052000,PRIMARY_SCHOOL,Bewegungsförderung
                UI-IMP-A2,Familienzentrum Husum (Oberflächentest),CIVIC_ASSOCIATION,01054056,EARLY_CHILDHOOD,
                """);
        write(clean.resolve("cooperations.csv"), """
                actor_a,actor_b,kind,since,intensity
                UI-IMP-A1,UI-IMP-A2,EXCHANGE,2025,2
                UI-IMP-A1,ST-LVG,PROJECT,2024-09-01,
                """);
        openImportPage();
        upload(clean.resolve("actors.csv"), clean.resolve("cooperations.csv"));
        click(browser.findElement(By.id("import-check")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-summary"), "Keine Probleme gefunden. Der Import würde 4 Einträge anlegen und 0 ändern."));
        waitForVaadin();
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(actors);
        click(browser.findElement(By.id("import-run")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("import-summary"), "Importiert: 4 Einträge angelegt, 0 geändert."));
        waitForVaadin();
        List<String> detected = cells(browser.findElement(By.id("import-detected")));
        int actorsRow = detected.indexOf("actors.csv");
        int cooperationsRow = detected.indexOf("cooperations.csv");
        // file, encoding, delimiter, rows, created, updated
        assertThat(detected.subList(actorsRow, actorsRow + 6))
                .containsExactly("actors.csv", "UTF-8", ",", "2", "2", "0");
        assertThat(detected.subList(cooperationsRow, cooperationsRow + 6))
                .containsExactly("cooperations.csv", "UTF-8", ",", "2", "2", "0");
        assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(actors + 2);
        assertThat(count("MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c)")).isEqualTo(cooperations + 2);
        assertThat(count(
                        "MATCH (:Actor {id: 'UI-IMP-A1'})-[c:COOPERATES_WITH]-(:Actor {id: 'ST-LVG'}) RETURN count(c)"))
                .isOne();
        closeNotifications();
        shot("21-import-done");
    }

    /** Closes the toasts, so the screenshot shows the page under them. */
    private void closeNotifications() {
        script("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
        waitForVaadin();
    }

    private void openImportPage() {
        browser.get(url("/admin/import"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        waitForVaadin();
    }

    /** Hands real files to the upload's file input (in its shadow root), as a file chooser would. */
    private void upload(Path... files) {
        WebElement host = browser.findElement(By.id("import-upload"));
        WebElement input = (WebElement) script(
                "const u = arguments[0]; return u.querySelector('input[type=file]')"
                        + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                host);
        assertThat(input).as("file input of vaadin-upload").isNotNull();
        input.sendKeys(String.join(
                "\n",
                java.util.Arrays.stream(files)
                        .map(f -> f.toAbsolutePath().toString())
                        .toList()));
        String last = files[files.length - 1].getFileName().toString();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-files"), last));
        waitForVaadin();
    }

    /** The texts of a grid's cells in the light DOM, row by row (header cells first). */
    @SuppressWarnings("unchecked")
    private List<String> cells(WebElement grid) {
        return (List<String>) script(
                "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => c.textContent.trim())",
                grid);
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
