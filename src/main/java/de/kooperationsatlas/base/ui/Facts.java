package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The small fact cards (a muted label over a value) and the audit line of detail pages, so that actors,
 * regions, networks, chains and events show their facts and their history alike.
 */
public final class Facts {

    private static final String NONE = "–";

    private Facts() {}

    /** A card with the translated label over any value, such as a link or a list of links. */
    public static Div card(Component owner, String labelKey, Component value) {
        var label = new Div(owner.getTranslation(labelKey));
        label.addClassName("atlas-muted");
        var card = new Div(label, value);
        card.addClassName("atlas-card");
        return card;
    }

    /** A card with the translated label over plain text. */
    public static Div card(Component owner, String labelKey, String value) {
        return card(owner, labelKey, new Span(value));
    }

    /**
     * A card for a figure such as a count or a key: the text in bold, the card at least {@code minWidth}
     * wide so that a row of figures lines up.
     */
    public static Div figure(Component owner, String labelKey, String value, String minWidth) {
        var figure = new Div(value);
        figure.getStyle().set("font-weight", "600");
        var card = card(owner, labelKey, figure);
        card.getStyle().set("min-width", minWidth);
        return card;
    }

    /** The cards side by side, wrapping onto further lines on narrow screens. */
    public static FlexLayout row(Component... cards) {
        var row = new FlexLayout(cards);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** The muted line who created and last changed an entry and when, a dash for what is not known. */
    public static Paragraph audit(
            Component owner,
            @Nullable ZonedDateTime createdAt,
            @Nullable String createdBy,
            @Nullable ZonedDateTime updatedAt,
            @Nullable String updatedBy) {
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale(owner));
        var text = new Paragraph(owner.getTranslation(
                "actor.audit",
                createdAt == null ? NONE : format.format(createdAt),
                createdBy == null ? NONE : createdBy,
                updatedAt == null ? NONE : format.format(updatedAt),
                updatedBy == null ? NONE : updatedBy));
        text.addClassName("atlas-muted");
        return text;
    }

    /** The locale the owner would use itself; {@code Component#getLocale} is protected. */
    private static Locale locale(Component owner) {
        return Optional.ofNullable(UI.getCurrent())
                .or(owner::getUI)
                .map(UI::getLocale)
                .orElseGet(Languages::current);
    }
}
