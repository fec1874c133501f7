package workshop.domain;

/** A user's name: trimmed, 1 to 100 characters of any script, no control characters. */
public record UserName(String value) {

    public UserName {
        if (value == null) {
            throw ValidationException.of("name", "is required");
        }
        value = Text.trim(value);
        int length = Text.length(value);
        if (length < 1 || length > 100) {
            throw ValidationException.of("name", "must be 1 to 100 characters");
        }
        if (Text.hasAny(value, Text::isControl)) {
            throw ValidationException.of("name", "must not contain control characters");
        }
        if (Text.hasAny(value, Text::isUnpairedSurrogate)) {
            throw ValidationException.of("name", "must be valid Unicode text");
        }
    }
}
