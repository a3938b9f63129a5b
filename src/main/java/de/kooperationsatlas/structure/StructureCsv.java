package de.kooperationsatlas.structure;

import de.kooperationsatlas.base.CsvTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The structure page's tables as CSV downloads ({@link CsvTable}: UTF-8 with BOM, {@code ;}, translated
 * headers, unrounded figures in the language's format). Each holds the service's whole answer in its
 * order, also where the page shows only the first rows; sectors by their translated names, actors by
 * id and name, the members of a group as {@code Name (id)} separated by {@code |}.
 */
public final class StructureCsv {

    private final CsvTable csv;
    private final Map<String, String> names;

    private StructureCsv(CsvTable csv, Map<String, String> names) {
        this.csv = csv;
        this.names = names;
    }

    /** A writer in the language of {@code translate} and {@code locale}; {@code names} names the actors' ids. */
    public static StructureCsv of(Function<String, String> translate, Locale locale, Map<String, String> names) {
        return new StructureCsv(CsvTable.of(translate, locale), names);
    }

    /** Structural holes: id, name, partners, effective size, efficiency, constraint (empty without partners). */
    public byte[] holes(StructuralHoles result) {
        return csv.table(
                List.of(
                        "analysis.csv.id",
                        "analysis.csv.name",
                        "structure.column.degree",
                        "structure.column.effectiveSize",
                        "structure.column.efficiency",
                        "structure.column.constraint"),
                result.actors().stream()
                        .map(a -> List.of(
                                a.id(),
                                a.name(),
                                String.valueOf(a.degree()),
                                csv.number(a.effectiveSize()),
                                csv.number(a.efficiency()),
                                csv.number(a.constraint())))
                        .toList());
    }

    /** Cut points: id, name, how many actors each separates. */
    public byte[] cutPoints(CutPoints result) {
        return csv.table(
                List.of("analysis.csv.id", "analysis.csv.name", "structure.csv.separates"),
                result.actors().stream()
                        .map(c -> List.of(c.id(), c.name(), String.valueOf(c.separates())))
                        .toList());
    }

    /** Critical cooperations: both actors by id and name, how many actors each separates. */
    public byte[] criticalCooperations(CutPoints result) {
        return csv.table(
                List.of(
                        "analysis.csv.idA",
                        "analysis.csv.nameA",
                        "analysis.csv.idB",
                        "analysis.csv.nameB",
                        "structure.csv.separates"),
                result.cooperations().stream()
                        .map(c -> List.of(c.a(), name(c.a()), c.b(), name(c.b()), String.valueOf(c.separates())))
                        .toList());
    }

    /** Communities: number (1 = largest), size, cooperations inside and outside, members. */
    public byte[] communities(Communities result) {
        var rows = new ArrayList<List<String>>();
        int number = 1;
        for (var community : result.communities()) {
            rows.add(List.of(
                    String.valueOf(number++),
                    String.valueOf(community.size()),
                    String.valueOf(community.internalCooperations()),
                    String.valueOf(community.externalCooperations()),
                    community.actors().stream()
                            .map(id -> name(id) + " (" + id + ")")
                            .collect(Collectors.joining(CsvTable.LIST_SEPARATOR))));
        }
        return csv.table(
                List.of(
                        "structure.csv.community",
                        "structure.column.size",
                        "structure.column.internal",
                        "structure.column.external",
                        "structure.column.members"),
                rows);
    }

    /** Sector pairs in the contract's order: both sectors, cooperations, possible, density, gap. */
    public byte[] sectors(SectorMatrix result) {
        return csv.table(
                List.of(
                        "structure.csv.sectorA",
                        "structure.csv.sectorB",
                        "analysis.csv.cooperations",
                        "structure.csv.possible",
                        "analysis.csv.density",
                        "analysis.csv.gap"),
                result.pairs().stream()
                        .map(p -> List.of(
                                sector(p.a()),
                                sector(p.b()),
                                String.valueOf(p.cooperations()),
                                String.valueOf(p.possible()),
                                csv.number(p.density()),
                                csv.yesNo(!p.a().equals(p.b()) && p.cooperations() == 0)))
                        .toList());
    }

    /** Brokerage: id, name, sector, the four roles, cross-sector and total. */
    public byte[] brokerage(Brokerage result) {
        return csv.table(
                List.of(
                        "analysis.csv.id",
                        "analysis.csv.name",
                        "structure.column.sector",
                        "structure.column.coordinator",
                        "structure.column.consultant",
                        "structure.column.representative",
                        "structure.column.liaison",
                        "structure.column.crossSector",
                        "structure.csv.total"),
                result.actors().stream()
                        .map(b -> List.of(
                                b.id(),
                                b.name(),
                                sector(b.sector()),
                                String.valueOf(b.coordinator()),
                                String.valueOf(b.consultant()),
                                String.valueOf(b.representative()),
                                String.valueOf(b.liaison()),
                                String.valueOf(b.crossSector()),
                                String.valueOf(b.total())))
                        .toList());
    }

    private String sector(String code) {
        return csv.translate("sector." + code);
    }

    private String name(String id) {
        return names.getOrDefault(id, id);
    }
}
