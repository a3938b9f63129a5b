package de.kooperationsatlas.base;

import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.web.util.HtmlUtils;

/**
 * The short HTML page a browser gets for an error outside the API, where no view is reached (a URL the
 * firewall refuses, a servlet error): what happened and a link to the start page, in German and below
 * in English (the page cannot know the language a user chose in the app), texts from the UI's bundles,
 * the address escaped. Under {@code /api}, and for clients that do not ask for HTML, errors stay
 * {@code application/problem+json}.
 */
public final class ErrorPages {

    private ErrorPages() {}

    /** A browser (it accepts HTML) asking for an address outside the API. */
    public static boolean wantsPage(HttpServletRequest request, String path) {
        String context = request.getContextPath();
        String local = path.startsWith(context) ? path.substring(context.length()) : path;
        if (local.equals("/api") || local.startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** The page for this status and address; {@code start} is the start page's address. */
    public static String html(int status, String path, String start) {
        String key = switch (status) {
            case 404 -> "error.notFound";
            case 403 -> "error.denied";
            default -> "error.other";
        };
        var german = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.GERMAN);
        var english = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ENGLISH);
        String shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        return "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
                + "<meta name='viewport' content='width=device-width, initial-scale=1'>"
                + "<title>" + esc(german.getString(key + ".title")) + " · Kooperationsatlas</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:40rem;padding:0 1rem;"
                + "color:#1a1a1a}a{color:#0059b3}.en{color:#555;margin-top:2.5rem}</style></head><body><main>"
                + "<p>Kooperationsatlas</p>"
                + part(german, key, shown, status, start)
                + "<div class='en' lang='en'>" + part(english, key, shown, status, start) + "</div>"
                + "</main></body></html>";
    }

    private static String part(ResourceBundle texts, String key, String path, int status, String start) {
        String text = MessageFormat.format(texts.getString(key + ".text"), path, String.valueOf(status));
        return "<h1>" + esc(texts.getString(key + ".title")) + "</h1><p>" + esc(text) + "</p><p><a class='back'"
                + (texts.getLocale().getLanguage().equals("de") ? " id='error-back'" : "") + " href='" + esc(start)
                + "'>" + esc(texts.getString("error.back")) + "</a></p>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
