package de.kooperationsatlas.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The structure tables as CSV: BOM, {@code ;}, translated headers and sectors, unrounded German numbers. */
class StructureCsvTest {

    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);
    private static final Map<String, String> NAMES = Map.of("S-A", "Amt; Nord", "S-B", "=Beta", "S-C", "Gamma");

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    @Test
    void holes_have_unrounded_german_figures_and_empty_cells_without_partners() {
        var holes = new StructuralHoles(
                "01001",
                List.of(
                        new StructuralHoles.Actor("S-A", "Amt; Nord", 3, 7.0 / 3, 7.0 / 9, 0.5),
                        new StructuralHoles.Actor("S-C", "Gamma", 0, null, null, null)));
        assertThat(text(StructureCsv.of(GERMAN::getString, Locale.GERMAN, NAMES).holes(holes)))
                .isEqualTo("\uFEFFKennung;Name;Partner;Effektive Größe;Effizienz;Beschränkung\r\n"
                        + "S-A;\"Amt; Nord\";3;2,333333333333;0,777777777778;0,5\r\n"
                        + "S-C;Gamma;0;;;\r\n");
    }

    @Test
    void cooperations_and_groups_are_named_and_formulas_are_defused() {
        var csv = StructureCsv.of(GERMAN::getString, Locale.GERMAN, NAMES);
        var cuts = new CutPoints(
                "01001",
                List.of(new CutPoints.CutPoint("S-B", "=Beta", 2)),
                List.of(new CutPoints.CriticalCooperation("S-A", "S-B", 1)));
        assertThat(text(csv.cutPoints(cuts))).endsWith("Trennt ab (Akteure)\r\nS-B;'=Beta;2\r\n");
        assertThat(text(csv.criticalCooperations(cuts)))
                .endsWith("Kennung A;Name A;Kennung B;Name B;Trennt ab (Akteure)\r\n"
                        + "S-A;\"Amt; Nord\";S-B;'=Beta;1\r\n");
        var communities = new Communities(
                "01001",
                1.0,
                0.1,
                List.of(
                        new Communities.Community(List.of("S-A", "S-C"), 2, 1, 1),
                        new Communities.Community(List.of("S-B"), 1, 0, 1)));
        assertThat(text(csv.communities(communities)))
                .isEqualTo("\uFEFFGruppe;Akteure;Kooperationen innerhalb;Kooperationen nach außen;Mitglieder\r\n"
                        + "1;2;1;1;\"Amt; Nord (S-A) | Gamma (S-C)\"\r\n"
                        + "2;1;0;1;'=Beta (S-B)\r\n");
    }

    @Test
    void sectors_and_brokers_carry_the_sector_names_of_the_language() {
        var sectors = new SectorMatrix(
                "01001",
                List.of(new SectorMatrix.SectorCount("HEALTH", 2), new SectorMatrix.SectorCount("EDUCATION", 1)),
                List.of(
                        new SectorMatrix.Pair("HEALTH", "HEALTH", 1, 1, 1.0),
                        new SectorMatrix.Pair("HEALTH", "EDUCATION", 0, 2, 0.0),
                        new SectorMatrix.Pair("EDUCATION", "EDUCATION", 0, 0, 0.0)),
                List.of(List.of("HEALTH", "EDUCATION")));
        assertThat(text(StructureCsv.of(GERMAN::getString, Locale.GERMAN, NAMES).sectors(sectors)))
                .isEqualTo("\uFEFFSektor A;Sektor B;Kooperationen;Mögliche Kooperationen;Dichte;Lücke\r\n"
                        + "Gesundheit und Pflege;Gesundheit und Pflege;1;1;1;nein\r\n"
                        + "Gesundheit und Pflege;Bildung und Betreuung;0;2;0;ja\r\n"
                        + "Bildung und Betreuung;Bildung und Betreuung;0;0;0;nein\r\n");
        var brokerage = new Brokerage(
                "01001", List.of(new Brokerage.Broker("S-C", "Gamma", "YOUTH_SOCIAL", 1, 2, 3, 4, 9, 10)));
        assertThat(text(StructureCsv.of(ENGLISH::getString, Locale.ENGLISH, NAMES)
                        .brokerage(brokerage)))
                .isEqualTo("\uFEFFId;Name;Sector;Coordinator;Consultant;Representative;Liaison;Cross-sector;Total\r\n"
                        + "S-C;Gamma;" + ENGLISH.getString("sector.YOUTH_SOCIAL") + ";1;2;3;4;9;10\r\n");
    }
}
