package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.CsvTable;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The analyses' results as CSV downloads, written by {@link CsvTable} (the exchange format's dialect:
 * UTF-8 with BOM, {@code ;}, RFC 4180 quoting, a leading apostrophe before what a spreadsheet would run
 * as a formula). Headers and life phases are translated with the
 * given function (the view's {@code getTranslation}); figures are unrounded, with the locale's decimal
 * separator and without grouping. Lists within a cell are separated by {@code |}.
 */
public final class AnalysisCsv {

    /** The media type of the downloads. */
    public static final String CONTENT_TYPE = CsvTable.CONTENT_TYPE;

    private final Function<String, String> translate;
    private final CsvTable csv;

    private AnalysisCsv(Function<String, String> translate, Locale locale) {
        this.translate = translate;
        this.csv = CsvTable.of(translate, locale);
    }

    /** A writer translating headers and phase names with {@code translate}, formatting numbers for {@code locale}. */
    public static AnalysisCsv of(Function<String, String> translate, Locale locale) {
        return new AnalysisCsv(translate, locale);
    }

    /** Phase coverage: phase, actors, gap. */
    public byte[] coverage(PhaseCoverage result) {
        return table(
                List.of("analysis.csv.phase", "analysis.csv.actors", "analysis.csv.gap"),
                result.phases().stream()
                        .map(p -> List.of(phase(p.code()), String.valueOf(p.actors()), yesNo(p.actors() == 0)))
                        .toList());
    }

    /** Transitions: from, to, bridged, actors in both phases, cooperating pairs ({@code a – b}). */
    public byte[] transitions(TransitionCoverage result) {
        return table(
                List.of(
                        "analysis.csv.from",
                        "analysis.csv.to",
                        "analysis.csv.bridged",
                        "analysis.csv.bothPhases",
                        "analysis.csv.pairs"),
                result.transitions().stream()
                        .map(t -> List.of(
                                phase(t.from()),
                                phase(t.to()),
                                yesNo(t.bridged()),
                                names(t.actors()),
                                t.pairs().stream()
                                        .map(p -> name(p.a()) + " – " + name(p.b()))
                                        .collect(Collectors.joining(" | "))))
                        .toList());
    }

    /** Isolated actors: id, name. */
    public byte[] isolated(IsolatedActors result) {
        return table(
                List.of("analysis.csv.id", "analysis.csv.name"),
                result.actors().stream().map(a -> List.of(a.id(), a.name())).toList());
    }

    /** Brokers: id, name, betweenness (unrounded). */
    public byte[] brokers(Brokers result) {
        return table(
                List.of("analysis.csv.id", "analysis.csv.name", "analysis.csv.betweenness"),
                result.actors().stream()
                        .map(b -> List.of(b.id(), b.name(), number(b.betweenness())))
                        .toList());
    }

    /** Unconnected peers: both actors, shared phases, shared topics, score. */
    public byte[] peers(UnconnectedPeers result) {
        return table(
                List.of(
                        "analysis.csv.idA",
                        "analysis.csv.nameA",
                        "analysis.csv.idB",
                        "analysis.csv.nameB",
                        "analysis.csv.sharedPhases",
                        "analysis.csv.sharedTopics",
                        "analysis.csv.score"),
                result.pairs().stream()
                        .map(p -> List.of(
                                p.a().id(),
                                p.a().name(),
                                p.b().id(),
                                p.b().name(),
                                phases(p.sharedPhases()),
                                String.join(" | ", p.sharedTopics()),
                                String.valueOf(p.score())))
                        .toList());
    }

    /** Suggestions: id, name, score, distance, shared phases and topics, common partners and events, same district. */
    public byte[] suggestions(Suggestions result) {
        return table(
                List.of(
                        "analysis.csv.id",
                        "analysis.csv.name",
                        "analysis.csv.score",
                        "analysis.csv.distanceKm",
                        "analysis.csv.sharedPhases",
                        "analysis.csv.sharedTopics",
                        "analysis.csv.commonPartners",
                        "analysis.csv.commonEvents",
                        "analysis.csv.sameDistrict"),
                result.suggestions().stream()
                        .map(s -> List.of(
                                s.id(),
                                s.name(),
                                String.valueOf(s.score()),
                                number(s.distanceKm()),
                                phases(s.sharedPhases()),
                                String.join(" | ", s.sharedTopics()),
                                String.join(" | ", s.commonPartners()),
                                String.join(" | ", s.commonEvents()),
                                yesNo(s.sameDistrict())))
                        .toList());
    }

    /** Collaborators for a municipality: id, name, distance, serves the municipality. */
    public byte[] collaborators(Collaborators result) {
        return table(
                List.of("analysis.csv.id", "analysis.csv.name", "analysis.csv.distanceKm", "analysis.csv.serves"),
                result.actors().stream()
                        .map(c -> List.of(c.id(), c.name(), number(c.distanceKm()), yesNo(c.serves())))
                        .toList());
    }

    /** District comparison: every figure of the contract, unrounded. */
    public byte[] districts(DistrictComparison result) {
        return table(
                List.of(
                        "analysis.csv.ags",
                        "analysis.csv.district",
                        "analysis.csv.actors",
                        "analysis.csv.actorsPer10k",
                        "analysis.csv.cooperations",
                        "analysis.csv.density",
                        "analysis.csv.coveredPhases",
                        "analysis.csv.bridgedTransitions",
                        "analysis.csv.isolated"),
                result.districts().stream()
                        .map(d -> List.of(
                                d.ags(),
                                d.name(),
                                String.valueOf(d.actors()),
                                number(d.actorsPer10k()),
                                String.valueOf(d.cooperations()),
                                number(d.density()),
                                String.valueOf(d.coveredPhases()),
                                String.valueOf(d.bridgedTransitions()),
                                String.valueOf(d.isolated())))
                        .toList());
    }

    private byte[] table(List<String> headerKeys, List<List<String>> rows) {
        return csv.table(headerKeys, rows);
    }

    private String number(@Nullable Double value) {
        return csv.number(value);
    }

    private String yesNo(boolean value) {
        return csv.yesNo(value);
    }

    private String phase(String code) {
        return translate.apply("phase." + code);
    }

    private String phases(List<String> codes) {
        return codes.stream().map(this::phase).collect(Collectors.joining(" | "));
    }

    private static String name(ActorRef actor) {
        return actor.name() + " (" + actor.id() + ")";
    }

    private static String names(List<ActorRef> actors) {
        return actors.stream().map(AnalysisCsv::name).collect(Collectors.joining(" | "));
    }
}
