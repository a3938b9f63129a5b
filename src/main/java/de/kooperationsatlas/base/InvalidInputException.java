package de.kooperationsatlas.base;

import java.util.List;

/**
 * Input that breaks a rule; each problem names the field and says what is wrong. The UI shows the
 * messages at the fields, the API answers 400 with the list.
 */
public class InvalidInputException extends RuntimeException {

    /** One problem: the field (as the API names it) and a message in German with an English twin. */
    public record Problem(String field, String messageKey, List<Object> args) {

        public Problem(String field, String messageKey, Object... args) {
            this(field, messageKey, List.of(args));
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream()
                .map(p -> p.field() + ": " + p.messageKey())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
