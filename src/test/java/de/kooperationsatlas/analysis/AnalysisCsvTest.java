package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The CSV downloads: UTF-8 with BOM, {@code ;}, translated header, unrounded figures in the locale's format. */
class AnalysisCsvTest {

    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);

    private final Brokers brokers = new Brokers(
            "01001",
            List.of(
                    new Brokers.Broker("FX-P3", "FX Pfad 3", 4.0 / 6),
                    new Brokers.Broker("FX-Q", "Kita \"Sonne\"; Heide", 0.5),
                    new Brokers.Broker("FX-=", "=SUMME(A1)", 0.0)));

    @Test
    void a_download_starts_with_a_bom_and_a_translated_header_separated_by_semicolons() {
        byte[] csv = AnalysisCsv.of(GERMAN::getString, Locale.GERMAN).brokers(brokers);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines)
                .containsExactly(
                        "Kennung;Name;Betweenness",
                        // Unrounded, with the German decimal comma that Excel expects next to ';'.
                        "FX-P3;FX Pfad 3;0,666666666667",
                        // A delimiter or quote is quoted as in RFC 4180.
                        "FX-Q;\"Kita \"\"Sonne\"\"; Heide\";0,5",
                        // What a spreadsheet would run as a formula gets a leading apostrophe.
                        "FX-=;'=SUMME(A1);0");
    }

    @Test
    void english_downloads_use_english_headers_and_the_decimal_point() {
        byte[] csv = AnalysisCsv.of(ENGLISH::getString, Locale.ENGLISH).brokers(brokers);
        var text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFId;Name;Betweenness\r\nFX-P3;FX Pfad 3;0.666666666667\r\n");
    }

    @Test
    void every_analysis_has_a_download_whose_headers_are_translated() {
        var csv = AnalysisCsv.of(GERMAN::getString, Locale.GERMAN);
        var district = new DistrictComparison.District("01051", "Dithmarschen", 7, 0.5, 3, 1.0 / 7, 5, 2, 1);
        var text = new String(csv.districts(new DistrictComparison("01", List.of(district))), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFSchlüssel;Kreis;Akteure;Akteure je 10.000 Einwohner;Kooperationen;Dichte;"
                        + "Abgedeckte Lebensphasen;Überbrückte Übergänge;Ohne Kooperation\r\n")
                .contains("01051;Dithmarschen;7;0,5;3;0,142857142857;5;2;1\r\n");
        var transitions = new TransitionCoverage(
                "01051",
                List.of(new TransitionCoverage.Transition(
                        "DAYCARE",
                        "PRIMARY_SCHOOL",
                        true,
                        List.of(),
                        List.of(new TransitionCoverage.Pair(
                                new ActorRef("FX-A2", "FX Beta"), new ActorRef("FX-A3", "FX Gamma"))))),
                List.of());
        assertThat(new String(csv.transitions(transitions), StandardCharsets.UTF_8))
                .contains("Kita-Alter (3–6);Grundschulalter (6–10);ja;;FX Beta (FX-A2) – FX Gamma (FX-A3)\r\n");
        var suggestion = new Suggestions.Suggestion(
                "FX-B2",
                "FX Vorschlag Anna",
                5,
                null,
                List.of(),
                List.of("FX Vorschlag"),
                List.of("FX-C"),
                List.of(),
                false);
        assertThat(new String(csv.suggestions(new Suggestions("FX-X", List.of(suggestion))), StandardCharsets.UTF_8))
                .contains("FX-B2;FX Vorschlag Anna;5;;;FX Vorschlag;FX-C;;nein\r\n");
    }
}
