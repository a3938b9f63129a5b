package de.kooperationsatlas.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.ui.BrowserTestSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An analyst at the Cypher console in headless Chromium: run, be refused, insert an example, see the graph. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest extends BrowserTestSupport {

    /** CodeMirror's editable area, inside the editor's shadow root. */
    private WebElement editorContent() {
        var editor = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console-editor")));
        return wait.until(d -> editor.getShadowRoot().findElement(By.cssSelector(".cm-content")));
    }

    /** Replaces the editor's text by typing, as a person would, and runs it with Ctrl+Enter. */
    private void typeAndRun(String query) {
        editorContent();
        script(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focusEditor()",
                browser.findElement(By.id("console-editor")));
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE)
                .sendKeys(query)
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
    }

    /** Scrolls the view back to its top, so that a screenshot shows editor and answer. */
    private void top() {
        script("document.querySelectorAll('vaadin-app-layout, [content]').forEach(e => e.scrollTop = 0);"
                + " window.scrollTo(0, 0);");
    }

    private String status() {
        return browser.findElement(By.id("console-status")).getText();
    }

    @Test
    @Order(1)
    void an_analyst_runs_a_query_with_ctrl_enter_and_sees_the_table() throws Exception {
        signIn("analyst", "analyst-demo");
        browser.get(url("/console"));
        editorContent();
        waitForVaadin();
        assertThat(browser.findElement(By.tagName("vaadin-side-nav")).getText()).contains("Cypher-Konsole");
        // CodeMirror's Cypher mode marks keywords.
        assertThat(browser.findElement(By.id("console-editor"))
                        .getShadowRoot()
                        .findElements(By.cssSelector(".cm-line span")))
                .isNotEmpty();
        shot("15-console");
        typeAndRun(
                "MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality {ags: '15085135'}) RETURN a.name AS name, m.name AS seat ORDER BY name");
        wait.until(d -> status().contains("Zeilen"));
        waitForVaadin();
        var grid = browser.findElement(By.id("console-grid"));
        wait.until(d -> grid.getText().contains("Halberstadt"));
        assertThat(browser.findElement(By.id("console-csv")).getAttribute("href"))
                .isNotBlank();
        assertThat(browser.findElement(By.id("console-history")).getText()).contains("MATCH (a:Actor)");
        top();
        shot("15-console-table");
    }

    @Test
    @Order(2)
    void a_write_is_refused_with_a_message_and_changes_nothing() throws Exception {
        long nodes = count("MATCH (n) RETURN count(n) - count { MATCH (q:ConsoleQuery) }");
        typeAndRun("MATCH (a:Actor) DETACH DELETE a");
        var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console-error")));
        assertThat(error.getText()).contains("Abgelehnt").contains("nur");
        assertThat(count("MATCH (n) RETURN count(n) - count { MATCH (q:ConsoleQuery) }"))
                .isEqualTo(nodes);
        top();
        shot("15-console-refused");
    }

    @Test
    @Order(3)
    void an_example_query_is_inserted_with_its_parameters_and_drawn_as_a_graph() throws Exception {
        var insert = browser.findElement(By.id("console-example-region_actors"));
        click(insert);
        wait.until(d -> editorContent().getText().contains("SERVES"));
        var params = browser.findElement(By.cssSelector("#console-params textarea"));
        assertThat(params.getDomProperty("value")).contains("\"region\"").contains("15085");
        top();
        shot("15-console-example");
        click(browser.findElement(By.id("console-run")));
        wait.until(d -> status().contains("Zeilen"));
        assertThat(browser.findElement(By.id("console-grid")).getText()).contains("id");

        typeAndRun("MATCH (a:Actor)-[c:COOPERATES_WITH]-(b:Actor) WHERE a.id STARTS WITH 'HZ' RETURN a, c, b LIMIT 40");
        wait.until(d -> status().contains("Zeilen"));
        waitForVaadin();
        click(browser.findElements(By.cssSelector("#console-results vaadin-tab"))
                .get(1));
        script("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("console-results")));
        wait.until(
                d -> Boolean.TRUE.equals(
                        script(
                                "const g = document.getElementById('console-graph'); return !!g && !!g._cy && g._cy.nodes().length > 0")));
        afterNextPaint();
        shot("15-console-graph");
    }

    @Test
    @Order(4)
    void broken_parameters_are_shown_at_the_field() throws Exception {
        click(browser.findElements(By.cssSelector("#console-results vaadin-tab"))
                .get(0));
        var params = browser.findElement(By.cssSelector("#console-params textarea"));
        params.clear();
        // Ctrl+Enter in the parameters field runs too.
        params.sendKeys("{region: 15085}", Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(
                d -> "true".equals(browser.findElement(By.id("console-params")).getDomProperty("invalid")));
        assertThat(browser.findElement(By.id("console-params")).getText()).contains("Zeile 1");
        shot("15-console-params-error");
    }
}
