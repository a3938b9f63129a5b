package de.kooperationsatlas.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.PhaseCoverage;
import de.kooperationsatlas.analysis.TransitionCoverage;
import de.kooperationsatlas.base.LifePhase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The chain picture's drawing, read as SVG text: no browser, no Spring. */
class ChainSvgTest {

    /** Texts as their keys, but a phase name that needs escaping and one with a dash and an ampersand. */
    private static final Map<String, String> TEXTS = Map.of(
            "chain.picture.gap", "LÜCKE",
            "chain.picture.open", "offen",
            "chain.picture.bridged", "überbrückt",
            "phase.DAYCARE", "Kita <3–6>",
            "phase.PRIMARY_SCHOOL", "Grundschule & Hort");

    private final ChainSvg svg =
            new ChainSvg((key, args) -> TEXTS.getOrDefault(key, key) + (args.length == 0 ? "" : Arrays.toString(args)));

    /** Every phase with three actors but retirement with none. */
    private static PhaseCoverage coverage() {
        var phases = new ArrayList<PhaseCoverage.Phase>();
        for (LifePhase p : LifePhase.values()) {
            phases.add(new PhaseCoverage.Phase(p.name(), p == LifePhase.RETIREMENT ? 0 : 3));
        }
        return new PhaseCoverage("15085", phases, List.of("RETIREMENT"));
    }

    /** Every transition bridged but the one from secondary school to work. */
    private static TransitionCoverage transitions() {
        var list = new ArrayList<TransitionCoverage.Transition>();
        var phases = LifePhase.values();
        for (int i = 0; i + 1 < phases.length; i++) {
            boolean open = phases[i] == LifePhase.SECONDARY_SCHOOL;
            list.add(new TransitionCoverage.Transition(
                    phases[i].name(),
                    phases[i + 1].name(),
                    !open,
                    open ? List.of() : List.of(new ActorRef("A", "A")),
                    List.of()));
        }
        return new TransitionCoverage("15085", list, List.of());
    }

    /** The first {@code <g …>…</g>} whose opening tag carries the attribute. */
    private static String group(String svg, String attribute) {
        var m = Pattern.compile("<g " + Pattern.quote(attribute) + ".*?</g>").matcher(svg);
        assertThat(m.find()).as(attribute).isTrue();
        return m.group();
    }

    private static long count(String svg, String start) {
        return Pattern.compile(Pattern.quote(start)).matcher(svg).results().count();
    }

    @Test
    void a_gap_phase_is_hatched_dashed_and_labelled() {
        String chain = svg.chain("Harz", coverage(), transitions());

        assertThat(group(chain, "data-phase='RETIREMENT'"))
                .contains("data-gap='true'")
                .contains("fill='url(#atlas-hatch)'")
                .contains("stroke='" + ChainSvg.GAP + "'")
                .contains("stroke-dasharray='8 4'")
                .contains(">LÜCKE</text>")
                .contains("aria-label='phase.RETIREMENT: LÜCKE'");
        assertThat(group(chain, "data-phase='WORKING_LIFE'"))
                .contains("data-gap='false'")
                .doesNotContain("atlas-hatch")
                .doesNotContain("LÜCKE")
                .contains(">3</text>");
        assertThat(count(chain, "<g data-phase=")).isEqualTo(9);
    }

    @Test
    void an_open_transition_is_dashed_crossed_and_named() {
        String chain = svg.chain("Harz", coverage(), transitions());

        assertThat(group(chain, "data-transition='SECONDARY_SCHOOL>SCHOOL_TO_WORK'"))
                .contains("data-state='open'")
                .contains("stroke='" + ChainSvg.GAP + "'")
                .contains("stroke-dasharray='5 4'")
                .contains(">✗</text>")
                .contains(">offen</text>");
        assertThat(group(chain, "data-transition='EARLY_CHILDHOOD>DAYCARE'"))
                .contains("data-state='bridged'")
                .contains(">✓</text>")
                .doesNotContain("stroke-dasharray")
                .doesNotContain("offen");
        assertThat(count(chain, "<g data-transition=")).isEqualTo(8);
    }

    @Test
    void names_are_escaped() {
        String chain = svg.chain("Kreis <Harz> & „Nord“ – Süd", coverage(), transitions());

        assertThat(chain)
                .contains("<title id='chain-svg-title'>Kreis &lt;Harz&gt; &amp; „Nord“ – Süd</title>")
                .contains("Kita &lt;3–6&gt;")
                .contains("Grundschule &amp; Hort")
                .doesNotContain("<3–6>")
                .doesNotContain("<Harz>");
        assertThat(group(chain, "data-transition='DAYCARE>PRIMARY_SCHOOL'"))
                .contains("aria-label='Kita &lt;3–6&gt; → Grundschule &amp; Hort: überbrückt'");
    }

    @Test
    void the_bars_hatch_and_label_gaps_and_scale_the_rest_to_the_largest() {
        String bars = svg.bars(coverage());

        assertThat(group(bars, "data-bar='RETIREMENT'"))
                .contains("url(#atlas-hatch-bars)")
                .contains("0 – LÜCKE");
        assertThat(group(bars, "data-bar='DAYCARE'"))
                .contains("width='620'")
                .contains(">3</text>")
                .contains("Kita &lt;3–6&gt;");
    }

    @Test
    void the_legend_explains_each_mark_with_its_own_swatch() {
        assertThat(svg.legend())
                .contains("id='chain-legend'")
                .contains("chain.picture.legend.phase")
                .contains("chain.picture.legend.gap")
                .contains("chain.picture.legend.bridged")
                .contains("chain.picture.legend.open")
                .contains("url(#atlas-hatch-legend)");
    }

    @Test
    void long_names_wrap_at_spaces() {
        assertThat(ChainSvg.wrap("Übergang Schule – Beruf", 14)).containsExactly("Übergang", "Schule – Beruf");
        assertThat(ChainSvg.wrap("Kita", 14)).containsExactly("Kita");
    }

    @Test
    void phases_fall_into_their_goal_areas() {
        assertThat(ChainSvg.GoalArea.of(LifePhase.PREGNANCY_BIRTH)).isEqualTo(ChainSvg.GoalArea.GROWING_UP);
        assertThat(ChainSvg.GoalArea.of(LifePhase.WORKING_LIFE)).isEqualTo(ChainSvg.GoalArea.LIVING_WORKING);
        assertThat(ChainSvg.GoalArea.of(LifePhase.OLD_AGE)).isEqualTo(ChainSvg.GoalArea.AGEING);
    }
}
