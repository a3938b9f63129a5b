package de.kooperationsatlas.graph.ui;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.graph.NetworkGraph;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The network picture's legend as HTML: what the colour tells (types by colour and shape, sectors or
 * communities), kinds by dash, intensity by width, what the size tells, and the marks of cut points and
 * critical cooperations.
 */
final class GraphLegend {

    private GraphLegend() {}

    /** The texts of the legend: a view's {@code getTranslation}. */
    @FunctionalInterface
    interface Texts {
        String apply(String key, Object... params);
    }

    /** The legend for the default mode. */
    static String html(Texts t) {
        return html(t, PictureMode.DEFAULT, List.of());
    }

    /**
     * The legend with texts from {@code t} (a view's {@code getTranslation}), every text escaped, for
     * this mode; {@code communitySizes} are the picture's communities' sizes in the picture, largest first.
     */
    static String html(Texts t, PictureMode mode, List<Integer> communitySizes) {
        var html = new StringBuilder("<div class='atlas-graph-legend' id='graph-legend'>");
        switch (mode.colour()) {
            case SECTOR -> sectors(html, t);
            case COMMUNITY -> communities(html, t, communitySizes);
            case TYPE -> types(html, t);
        }
        html.append("</ul><h4>").append(esc(t.apply("graph.legend.kinds"))).append("</h4><ul>");
        for (var entry : GraphPalette.KINDS.entrySet()) {
            html.append("<li>")
                    .append(GraphPalette.lineSwatch(entry.getValue(), 2))
                    .append("<span>")
                    .append(esc(t.apply(entry.getKey().messageKey())))
                    .append("</span></li>");
        }
        html.append("</ul><h4>").append(esc(t.apply("graph.legend.intensity"))).append("</h4><ul>");
        for (int i = 1; i <= 3; i++) {
            html.append("<li>")
                    .append(GraphPalette.lineSwatch(List.of(), GraphPalette.WIDTHS.get(i)))
                    .append("<span>")
                    .append(esc(t.apply("graph.legend.intensity" + i)))
                    .append("</span></li>");
        }
        html.append("</ul><h4>")
                .append(esc(t.apply("graph.legend.more")))
                .append("</h4><ul>")
                .append("<li><svg width='16' height='16' aria-hidden='true'><circle cx='8' cy='8' r='6' fill='#fff'"
                        + " stroke='#000' stroke-width='2' stroke-dasharray='3 2'/></svg><span>")
                .append(esc(t.apply("graph.legend.isolated")))
                .append("</span></li>")
                .append("<li><svg width='16' height='16' aria-hidden='true'><circle cx='8' cy='8' r='3' fill='#999'/>"
                        + "<circle cx='8' cy='8' r='7' fill='none' stroke='#999'/></svg><span>")
                .append(esc(t.apply("graph.legend.size") + ": "
                        + t.apply(mode.size().messageKey())))
                .append("</span></li>")
                .append("<li><svg width='16' height='16' aria-hidden='true'><rect x='1' y='3' width='14' height='10'"
                        + " rx='3' fill='#f3f3f3' stroke='#888' stroke-dasharray='3 2'/></svg><span>")
                .append(esc(t.apply("graph.legend.alone")))
                .append("</span></li>");
        if (mode.weak()) {
            html.append("<li data-mark='cut'><svg width='16' height='16' aria-hidden='true'><circle cx='8' cy='8'"
                            + " r='5' fill='#ddd' stroke='#000' stroke-width='1'/><circle cx='8' cy='8' r='7.2'"
                            + " fill='none' stroke='#000' stroke-width='1'/></svg><span>")
                    .append(esc(t.apply("graph.legend.cut")))
                    .append("</span></li><li data-mark='critical'><svg width='40' height='12' aria-hidden='true'>"
                            + "<line x1='0' y1='6' x2='40' y2='6' stroke='#000' stroke-width='5'/></svg><span>")
                    .append(esc(t.apply("graph.legend.critical")))
                    .append("</span></li>");
        }
        return html.append("</ul></div>").toString();
    }

    private static void types(StringBuilder html, Texts t) {
        html.append("<h4>").append(esc(t.apply("graph.legend.types"))).append("</h4><ul>");
        for (ActorType type : ActorType.values()) {
            html.append("<li data-type='")
                    .append(type.name())
                    .append("'>")
                    .append(GraphPalette.typeSwatch(type))
                    .append("<span>")
                    .append(esc(t.apply(type.messageKey())))
                    .append("</span></li>");
        }
    }

    private static void sectors(StringBuilder html, Texts t) {
        html.append("<h4>").append(esc(t.apply("graph.legend.sectors"))).append("</h4><ul>");
        GraphPalette.SECTORS.forEach((sector, colour) -> html.append("<li data-sector='")
                .append(sector.name())
                .append("'>")
                .append(GraphPalette.colourSwatch(colour))
                .append("<span>")
                .append(esc(t.apply(sector.messageKey())))
                .append("</span></li>"));
    }

    private static void communities(StringBuilder html, Texts t, List<Integer> sizes) {
        html.append("<h4>").append(esc(t.apply("graph.legend.communities"))).append("</h4><ul>");
        var colours = GraphPalette.COMMUNITIES;
        for (int c = 0; c < Math.min(colours.size(), sizes.size()); c++) {
            if (sizes.get(c) == 0) {
                continue;
            }
            html.append("<li data-community='")
                    .append(c)
                    .append("'>")
                    .append(GraphPalette.colourSwatch(colours.get(c)))
                    .append("<span>")
                    .append(esc(t.apply("graph.legend.community", c + 1, sizes.get(c))))
                    .append("</span></li>");
        }
        if (sizes.size() > colours.size()) {
            var beyond = sizes.subList(colours.size(), sizes.size());
            int rest = beyond.stream().mapToInt(Integer::intValue).sum();
            long others = beyond.stream().filter(size -> size > 0).count();
            html.append("<li data-community='other'>")
                    .append(GraphPalette.colourSwatch(GraphPalette.OTHER_COMMUNITY))
                    .append("<span>")
                    .append(esc(t.apply("graph.legend.otherCommunities", others, rest)))
                    .append("</span></li>");
        }
    }

    /**
     * The legend's comparison part: new and ended cooperations and actors of a compared picture since
     * {@code compared} (the comparison day as shown), up to {@code asOf}, with their counts.
     */
    static String changes(Texts t, NetworkGraph graph, String compared, String asOf) {
        String added = t.apply(
                "graph.legend.added",
                compared,
                graph.edgesChanged(NetworkGraph.ADDED),
                graph.nodesChanged(NetworkGraph.ADDED));
        String ended = t.apply(
                "graph.legend.ended",
                compared,
                graph.edgesChanged(NetworkGraph.ENDED),
                graph.nodesChanged(NetworkGraph.ENDED));
        return "<div class='atlas-graph-legend' id='graph-legend-changes'><h4>"
                + esc(t.apply("graph.legend.changes", asOf)) + "</h4><ul>"
                + "<li data-change='added'><svg width='40' height='12' aria-hidden='true'><line x1='0' y1='6'"
                + " x2='40' y2='6' stroke='" + GraphPalette.ADDED + "' stroke-width='4'/></svg><span>" + esc(added)
                + "</span></li>"
                + "<li data-change='ended'><svg width='40' height='12' aria-hidden='true'><line x1='0' y1='6'"
                + " x2='40' y2='6' stroke='" + GraphPalette.ENDED + "' stroke-width='2' stroke-dasharray='4 4'"
                + " opacity='0.7'/></svg><span>" + esc(ended) + "</span></li></ul></div>";
    }

    /** The picture's actors per community, indexed by community number (none: empty). */
    static List<Integer> communitySizes(@Nullable NetworkGraph graph) {
        List<Integer> sizes = new ArrayList<>();
        if (graph != null) {
            for (var node : graph.nodes()) {
                while (sizes.size() <= node.community()) {
                    sizes.add(0);
                }
                sizes.set(node.community(), sizes.get(node.community()) + 1);
            }
        }
        return sizes;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
