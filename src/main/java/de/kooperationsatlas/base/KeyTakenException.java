package de.kooperationsatlas.base;

/**
 * A create whose key is taken, found by the check before writing or by the store's uniqueness
 * constraint when two requests created the same key at once. Still an {@link InvalidInputException}
 * (the forms show it at the field); the API answers 409.
 */
public class KeyTakenException extends InvalidInputException {

    private final String field;
    private final String key;

    public KeyTakenException(String field, String messageKey, String key) {
        super(field, messageKey, key);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
