package de.kooperationsatlas.graph.ui;

import de.kooperationsatlas.actor.ActorType;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/** The network picture's legend as HTML: types by colour and shape, kinds by dash, intensity by width. */
final class GraphLegend {

    private GraphLegend() {}

    /** The legend with texts from {@code t} (a view's {@code getTranslation}), every text escaped. */
    static String html(Function<String, String> t) {
        var html = new StringBuilder("<div class='atlas-graph-legend' id='graph-legend'>");
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
                .append(esc(t.apply("graph.legend.size")))
                .append("</span></li>")
                .append("<li><svg width='16' height='16' aria-hidden='true'><rect x='1' y='3' width='14' height='10'"
                        + " rx='3' fill='#f3f3f3' stroke='#888' stroke-dasharray='3 2'/></svg><span>")
                .append(esc(t.apply("graph.legend.alone")))
                .append("</span></li></ul></div>");
        return html.toString();
    }

    /**
     * The legend's comparison part: new and ended cooperations and actors since the comparison date,
     * with their counts ({@code added} and {@code ended} are the texts to show, already translated).
     */
    static String changes(String title, String added, String ended) {
        return "<div class='atlas-graph-legend' id='graph-legend-changes'><h4>" + esc(title) + "</h4><ul>"
                + "<li data-change='added'><svg width='40' height='12' aria-hidden='true'><line x1='0' y1='6'"
                + " x2='40' y2='6' stroke='" + GraphPalette.ADDED + "' stroke-width='4'/></svg><span>" + esc(added)
                + "</span></li>"
                + "<li data-change='ended'><svg width='40' height='12' aria-hidden='true'><line x1='0' y1='6'"
                + " x2='40' y2='6' stroke='" + GraphPalette.ENDED + "' stroke-width='2' stroke-dasharray='4 4'"
                + " opacity='0.7'/></svg><span>" + esc(ended) + "</span></li></ul></div>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
