package de.kooperationsatlas.about.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** "Über / Quellen": what the app is, and the source notes the data licence requires. */
@Route("about")
@Menu(order = 90, title = "nav.about", icon = "vaadin:info-circle")
@PermitAll
class AboutView extends VerticalLayout implements HasDynamicTitle {

    AboutView() {
        setMaxWidth("60rem");
        add(new H2(getTranslation("about.title")), new Paragraph(getTranslation("about.intro")));
        add(new H3(getTranslation("about.sources")), new Paragraph(getTranslation("about.licence")));
        var list = new UnorderedList(
                new ListItem(getTranslation("about.source.destatis")),
                new ListItem(getTranslation("about.source.bkg")));
        list.setId("source-notes");
        add(list);
        add(new Paragraph(getTranslation("about.territory")));
        add(new Anchor("https://www.govdata.de/dl-de/by-2-0", "Datenlizenz Deutschland – Namensnennung – Version 2.0"));
        add(new Anchor("https://www.bkg.bund.de", "© GeoBasis-DE / BKG 2021 (Daten verändert)"));
        add(new H3(getTranslation("about.software")), new Paragraph(getTranslation("about.softwareText")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " · " + getTranslation("app.name");
    }
}
