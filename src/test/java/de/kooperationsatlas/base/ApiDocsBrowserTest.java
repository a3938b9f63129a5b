package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.ui.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Swagger UI at {@code /api/docs} renders the API's document in a real browser, without signing in. */
class ApiDocsBrowserTest extends BrowserTestSupport {

    @Test
    void swagger_ui_shows_every_tag_of_the_api() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/api/docs"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page)
                .contains("Kooperationsatlas API")
                .contains("Actors")
                .contains("Analyses")
                .contains("Networks")
                .contains("Import and export")
                .contains("Authorize");
        shot("15-api-docs");
        browser.findElement(By.cssSelector("[id^='operations-Actors-put']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock.is-open .responses-table")));
        script(
                "document.querySelector('.opblock.is-open .opblock-section-request-body, .opblock.is-open .parameters-container')"
                        + ".scrollIntoView()");
        assertThat(browser.findElement(By.cssSelector(".opblock.is-open")).getText())
                .contains("Broken fields")
                .contains("403");
        shot("15b-api-docs-put-actor");
    }
}
