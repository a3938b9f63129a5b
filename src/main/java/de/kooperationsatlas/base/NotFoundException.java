package de.kooperationsatlas.base;

/** A region, actor, chain or code that the store does not know; the API answers 404 naming it. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, String key) {
        super("Unknown " + kind + " '" + key + "'");
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
