package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for ids and names that the forms, the API and the import share. */
class TextRulesTest {

    @Test
    void ids_with_spaces_umlauts_and_punctuation_stay_allowed() {
        assertThat(TextRules.checkId("HZ-GA")).isNull();
        assertThat(TextRules.checkId("Familienzentrum Müller 2")).isNull();
        assertThat(TextRules.checkId("Zentrum_ß.1/2")).isNull();
    }

    @Test
    void control_zero_width_and_direction_characters_make_an_id_a_look_alike_and_are_refused() {
        for (String id : List.of(
                "HZ\u0000GA", // NUL
                "HZ\tGA", // tab
                "HZ\u200BGA", // zero-width space
                "HZ\u200DGA", // zero-width joiner
                "HZ\u2060GA", // word joiner
                "\uFEFFHZ-GA", // byte-order mark
                "HZ-GA\u200E", // left-to-right mark
                "HZ\u202EAG", // right-to-left override
                "HZ\u2067GA", // right-to-left isolate
                "HZ\u00ADGA", // soft hyphen
                "HZ\u2028GA")) { // line separator
            var broken = TextRules.checkId(id);
            assertThat(broken).as(TextRules.shown(id)).isNotNull();
            assertThat(broken.messageKey()).isEqualTo("text.error.idInvisible");
        }
        var zeroWidth = TextRules.checkId("HZ\u200BGA");
        assertThat(zeroWidth.args()).containsExactly("HZ⟨U+200B⟩GA", "U+200B", 3);
    }

    @Test
    void the_shape_rule_of_ids_is_kept() {
        assertThat(TextRules.checkId(" HZ").messageKey()).isEqualTo("text.error.id");
        assertThat(TextRules.checkId("A|B").messageKey()).isEqualTo("text.error.id");
        assertThat(TextRules.checkId("x".repeat(101)).messageKey()).isEqualTo("text.error.id");
        assertThat(TextRules.checkId("x".repeat(100))).isNull();
    }

    @Test
    void a_name_may_hold_any_visible_text_but_no_control_character() {
        assertThat(TextRules.checkName("Gesundheitsamt „Harz“ – Ärztlicher Dienst"))
                .isNull();
        assertThat(TextRules.checkName("مركز صحي\u200F")).isNull();
        assertThat(TextRules.checkName("Akteur\nzwei")).isNull();
        assertThat(TextRules.checkName("Amt\u0007").messageKey()).isEqualTo("text.error.control");
        var nul = TextRules.checkName("Amt\u0000");
        assertThat(nul.messageKey()).isEqualTo("text.error.control");
        assertThat(nul.args()).containsExactly("U+0000", 4);
    }
}
