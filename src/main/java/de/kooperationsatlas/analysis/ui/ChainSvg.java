package de.kooperationsatlas.analysis.ui;

import de.kooperationsatlas.analysis.PhaseCoverage;
import de.kooperationsatlas.analysis.TransitionCoverage;
import de.kooperationsatlas.base.LifePhase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The prevention chain's drawing as SVG text (Präventionskette als Bild): the nine life phases from
 * pregnancy to old age under their goal areas, the eight transitions marked bridged or open, gaps in
 * vermilion with a hatch, a dashed line and a word, so they never depend on colour alone; its legend;
 * the coverage as bars. Pure (texts come in through {@link Texts}), so the drawing is tested without
 * a browser; {@link ChainPictureView} only puts it on the page. Every text is escaped.
 */
final class ChainSvg {

    /** The translations the drawing needs; a view passes its {@code getTranslation}. */
    @FunctionalInterface
    interface Texts {
        String get(String key, Object... args);
    }

    /** Goal areas (Zielbereiche) and their phases, as the contract's life-phase table says. */
    enum GoalArea {
        GROWING_UP("#e6f2f8", LifePhase.PREGNANCY_BIRTH, LifePhase.SCHOOL_TO_WORK),
        LIVING_WORKING("#eef6ea", LifePhase.WORKING_LIFE, LifePhase.WORKING_LIFE),
        AGEING("#f6ecf3", LifePhase.RETIREMENT, LifePhase.OLD_AGE);

        final String tint;
        final LifePhase first;
        final LifePhase last;

        GoalArea(String tint, LifePhase first, LifePhase last) {
            this.tint = tint;
            this.first = first;
            this.last = last;
        }

        static GoalArea of(LifePhase phase) {
            for (GoalArea area : values()) {
                if (phase.ordinal() >= area.first.ordinal() && phase.ordinal() <= area.last.ordinal()) {
                    return area;
                }
            }
            throw new IllegalArgumentException(phase.name());
        }
    }

    static final String GAP = "#D55E00";
    static final String OK = "#0072B2";
    static final String BRIDGED = "#009E73";
    private static final int LEFT = 10;
    private static final int STEP = 131;
    private static final int BOX = 100;

    private final Texts texts;

    ChainSvg(Texts texts) {
        this.texts = texts;
    }

    /** A transition's name: {@code Kita → Grundschule}. */
    String transition(String from, String to) {
        return texts.get("phase." + from) + " → " + texts.get("phase." + to);
    }

    /** The chain: goal areas as bands, the nine phases as boxes, the eight transitions between them. */
    String chain(String title, PhaseCoverage coverage, TransitionCoverage found) {
        int width = LEFT * 2 + STEP * 8 + BOX;
        var svg = new StringBuilder();
        svg.append("<div><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(width)
                .append(" 296' role='img' aria-labelledby='chain-svg-title' font-family='sans-serif'>")
                .append("<title id='chain-svg-title'>")
                .append(esc(title))
                .append("</title>")
                .append("<defs><pattern id='atlas-hatch' width='8' height='8' patternUnits='userSpaceOnUse'"
                        + " patternTransform='rotate(45)'><rect width='8' height='8' fill='#fbe3d6'/>"
                        + "<line x1='0' y1='0' x2='0' y2='8' stroke='" + GAP + "' stroke-width='3'/></pattern></defs>");
        // Goal areas as bands over their phases.
        for (GoalArea area : GoalArea.values()) {
            int x = LEFT + area.first.ordinal() * STEP - 4;
            int w = (area.last.ordinal() - area.first.ordinal()) * STEP + BOX + 8;
            svg.append("<g data-goal='")
                    .append(area.name())
                    .append("'>")
                    .append(rect(x, 6, w, 282, area.tint, "#9aa7b0", "1", ""))
                    .append(goalLabel(x + w / 2, w, texts.get("chain.picture.goal." + area.name())))
                    .append("</g>");
        }
        // Transitions between consecutive phases: a line and a marker, open ones dashed with ✗.
        for (var t : found.transitions()) {
            var from = LifePhase.ofCode(t.from()).orElseThrow();
            int x1 = LEFT + from.ordinal() * STEP + BOX;
            int x2 = x1 + (STEP - BOX);
            int cx = (x1 + x2) / 2;
            boolean open = !t.bridged();
            String label = transition(t.from(), t.to()) + ": "
                    + texts.get(open ? "chain.picture.open" : "chain.picture.bridged");
            svg.append("<g data-transition='")
                    .append(t.from())
                    .append('>')
                    .append(t.to())
                    .append("' data-state='")
                    .append(open ? "open" : "bridged")
                    .append(focusable(label))
                    .append("<line x1='")
                    .append(x1)
                    .append("' y1='163' x2='")
                    .append(x2)
                    .append("' y2='163' stroke='")
                    .append(open ? GAP : "#333")
                    .append("' stroke-width='")
                    .append(open ? 3 : 4)
                    .append('\'')
                    .append(open ? " stroke-dasharray='5 4'" : "")
                    .append("/>")
                    .append("<circle cx='")
                    .append(cx)
                    .append("' cy='163' r='13' fill='")
                    .append(open ? "#fff" : BRIDGED)
                    .append("' stroke='")
                    .append(open ? GAP : BRIDGED)
                    .append("' stroke-width='3'/>")
                    .append(text(cx, 169, open ? "✗" : "✓", 17, "bold", open ? GAP : "#fff"));
            if (open) {
                svg.append(text(cx, 196, texts.get("chain.picture.open"), 11, "bold", GAP));
            }
            svg.append("</g>");
        }
        // The nine phases.
        for (var p : coverage.phases()) {
            var phase = LifePhase.ofCode(p.code()).orElseThrow();
            int x = LEFT + phase.ordinal() * STEP;
            boolean gap = p.actors() == 0;
            String name = texts.get(phase.messageKey());
            String label = name + ": "
                    + (gap ? texts.get("chain.picture.gap") : texts.get("chain.picture.actors", p.actors()));
            svg.append("<g data-phase='")
                    .append(phase.name())
                    .append("' data-gap='")
                    .append(gap)
                    .append(focusable(label))
                    .append(rect(
                            x,
                            48,
                            BOX,
                            210,
                            gap ? "url(#atlas-hatch)" : "#ffffff",
                            gap ? GAP : OK,
                            gap ? "4" : "2",
                            gap ? "8 4" : ""))
                    .append(text(x + BOX / 2, 72, (phase.order()) + "", 13, "bold", "#555"));
            int line = 0;
            var nameLines = wrap(name, 14);
            if (gap) {
                // The name stays readable on the hatch.
                svg.append("<rect x='")
                        .append(x + 5)
                        .append("' y='81' width='")
                        .append(BOX - 10)
                        .append("' height='")
                        .append(nameLines.size() * 16 + 6)
                        .append("' fill='#fff' opacity='0.92'/>");
            }
            for (String part : nameLines) {
                svg.append(text(x + BOX / 2, 94 + line * 16, part, 13, "normal", "#1a1a1a"));
                line++;
            }
            if (gap) {
                svg.append("<rect x='")
                        .append(x + 8)
                        .append("' y='200' width='")
                        .append(BOX - 16)
                        .append("' height='28' fill='#fff' stroke='")
                        .append(GAP)
                        .append("' stroke-width='2'/>")
                        .append(text(x + BOX / 2, 220, texts.get("chain.picture.gap"), 15, "bold", GAP));
            } else {
                svg.append(text(x + BOX / 2, 226, String.valueOf(p.actors()), 30, "bold", OK))
                        .append(text(x + BOX / 2, 236, texts.get("chain.picture.column.actors"), 11, "normal", "#444"));
            }
            svg.append("</g>");
        }
        svg.append("</svg></div>");
        return svg.toString();
    }

    /** Ends a group's opening tag: a button for keyboard and screen reader, named {@code label}, with its tooltip. */
    private static String focusable(String label) {
        return "' tabindex='0' role='button' aria-label='" + esc(label) + "'><title>" + esc(label) + "</title>";
    }

    /** What the marks mean, each with its own small mark. */
    String legend() {
        String gapSwatch = "<svg width='22' height='16' aria-hidden='true'><defs><pattern id='atlas-hatch-legend'"
                + " width='6' height='6' patternUnits='userSpaceOnUse' patternTransform='rotate(45)'><rect width='6'"
                + " height='6' fill='#fbe3d6'/><line x1='0' y1='0' x2='0' y2='6' stroke='" + GAP
                + "' stroke-width='2'/></pattern></defs><rect x='1' y='1' width='20' height='14' rx='3'"
                + " fill='url(#atlas-hatch-legend)' stroke='" + GAP
                + "' stroke-width='2' stroke-dasharray='4 2'/></svg>";
        String phaseSwatch = "<svg width='22' height='16' aria-hidden='true'><rect x='1' y='1' width='20' height='14'"
                + " rx='3' fill='#fff' stroke='" + OK + "' stroke-width='2'/></svg>";
        String bridgedSwatch = "<svg width='40' height='20' aria-hidden='true'><line x1='0' y1='10' x2='40' y2='10'"
                + " stroke='#333' stroke-width='3'/><circle cx='20' cy='10' r='8' fill='" + BRIDGED
                + "'/><text x='20' y='14' text-anchor='middle' font-size='11' font-weight='bold' fill='#fff'>✓</text></svg>";
        String openSwatch = "<svg width='40' height='20' aria-hidden='true'><line x1='0' y1='10' x2='40' y2='10'"
                + " stroke='" + GAP + "' stroke-width='2' stroke-dasharray='4 3'/><circle cx='20' cy='10' r='8'"
                + " fill='#fff' stroke='" + GAP + "' stroke-width='2'/><text x='20' y='14' text-anchor='middle'"
                + " font-size='11' font-weight='bold' fill='" + GAP + "'>✗</text></svg>";
        var html = new StringBuilder("<div class='atlas-chain-legend' id='chain-legend'>");
        var marks = new LinkedHashMap<String, String>();
        marks.put("chain.picture.legend.phase", phaseSwatch);
        marks.put("chain.picture.legend.gap", gapSwatch);
        marks.put("chain.picture.legend.bridged", bridgedSwatch);
        marks.put("chain.picture.legend.open", openSwatch);
        marks.forEach((key, swatch) ->
                html.append("<span>").append(swatch).append(esc(texts.get(key))).append("</span>"));
        html.append("</div>");
        return html.toString();
    }

    /** The coverage as horizontal bars, gaps hatched and labelled. */
    String bars(PhaseCoverage coverage) {
        long max = Math.max(
                1,
                coverage.phases().stream()
                        .mapToLong(PhaseCoverage.Phase::actors)
                        .max()
                        .orElse(1));
        int rowHeight = 26;
        int labelWidth = 260;
        int barWidth = 620;
        int height = rowHeight * coverage.phases().size() + 10;
        var svg = new StringBuilder("<div><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(labelWidth + barWidth + 80)
                .append(' ')
                .append(height)
                .append("' role='img' aria-label='")
                .append(esc(texts.get("chain.picture.coverage")))
                .append("' font-family='sans-serif'>");
        int y = 4;
        for (var p : coverage.phases()) {
            var phase = LifePhase.ofCode(p.code()).orElseThrow();
            boolean gap = p.actors() == 0;
            svg.append("<g data-bar='")
                    .append(phase.name())
                    .append("'>")
                    .append("<text x='")
                    .append(labelWidth - 8)
                    .append("' y='")
                    .append(y + 17)
                    .append("' text-anchor='end' font-size='13' fill='#1a1a1a'>")
                    .append(esc(phase.order() + " " + texts.get(phase.messageKey())))
                    .append("</text>");
            if (gap) {
                svg.append(rect(labelWidth, y + 3, 40, 18, "url(#atlas-hatch-bars)", GAP, "2", "4 3"))
                        .append("<text x='")
                        .append(labelWidth + 48)
                        .append("' y='")
                        .append(y + 17)
                        .append("' font-size='13' font-weight='bold' fill='")
                        .append(GAP)
                        .append("'>0 – ")
                        .append(esc(texts.get("chain.picture.gap")))
                        .append("</text>");
            } else {
                long w = Math.max(2, Math.round((double) barWidth * p.actors() / max));
                svg.append(rect(labelWidth, y + 3, (int) w, 18, OK, OK, "1", ""))
                        .append("<text x='")
                        .append(labelWidth + w + 6)
                        .append("' y='")
                        .append(y + 17)
                        .append("' font-size='13' fill='#1a1a1a'>")
                        .append(p.actors())
                        .append("</text>");
            }
            svg.append("</g>");
            y += rowHeight;
        }
        svg.append("<defs><pattern id='atlas-hatch-bars' width='6' height='6' patternUnits='userSpaceOnUse'"
                + " patternTransform='rotate(45)'><rect width='6' height='6' fill='#fbe3d6'/>"
                + "<line x1='0' y1='0' x2='0' y2='6' stroke='" + GAP + "' stroke-width='2'/></pattern></defs>");
        svg.append("</svg></div>");
        return svg.toString();
    }

    /** The goal area's name over its band, on two lines where the band is narrow. */
    private static String goalLabel(int centre, int width, String name) {
        var lines = width < 220 ? wrap(name, 14) : List.of(name);
        var out = new StringBuilder();
        int y = lines.size() > 1 ? 22 : 32;
        for (String line : lines) {
            out.append(text(centre, y, line, 14, "bold", "#1a1a1a"));
            y += 16;
        }
        return out.toString();
    }

    private static String rect(
            int x, int y, int w, int h, String fill, String stroke, String strokeWidth, String dash) {
        return "<rect x='" + x + "' y='" + y + "' width='" + w + "' height='" + h + "' rx='6' fill='" + fill
                + "' stroke='" + stroke + "' stroke-width='" + strokeWidth + "'"
                + (dash.isEmpty() ? "" : " stroke-dasharray='" + dash + "'") + "/>";
    }

    private static String text(int x, int y, String text, int size, String weight, String fill) {
        return "<text x='" + x + "' y='" + y + "' text-anchor='middle' font-size='" + size + "' font-weight='" + weight
                + "' fill='" + fill + "'>" + esc(text) + "</text>";
    }

    /** Splits a phase name into lines of about {@code width} characters, at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
