package de.kooperationsatlas.base;

import java.util.List;

/**
 * A query or path parameter of an API call that is missing or wrong: a 400 whose message follows the
 * request's language (German by default) like the field messages of {@link InvalidInputException}. It
 * stays an {@link IllegalArgumentException} with an English message, so callers that only catch those (the
 * views) keep working.
 */
public class ParameterException extends IllegalArgumentException {

    private final String parameter;
    private final String messageKey;
    private final List<Object> args;

    /**
     * @param parameter the parameter, as the API names it
     * @param english the message in English (also the fallback)
     * @param messageKey the translation key; its arguments are {@code args}
     */
    public ParameterException(String parameter, String english, String messageKey, Object... args) {
        super(english);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
