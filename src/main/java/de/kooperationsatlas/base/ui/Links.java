package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links between features by route path rather than view class, so feature packages stay free of
 * cycles; the {@code router-link} attribute keeps navigation inside the single-page app.
 */
public final class Links {

    private Links() {}

    public static Anchor to(String path, String text) {
        var anchor = new Anchor(path, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    public static Anchor actor(String id, String name) {
        return to("actors/" + encode(id), name);
    }

    public static Anchor region(String ags, String name) {
        return to("regions/" + ags, name);
    }

    /** Path-segment encoding for ids that may hold spaces, slashes or umlauts. */
    public static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
