package workshop.domain;

import java.util.regex.Pattern;

/** A user's name: trimmed, 1 to 100 characters of any script, no control characters. */
public record UserName(String value) {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern UNPAIRED_SURROGATE = Pattern.compile("\\p{Cs}");

    public UserName {
        if (value == null) {
            throw ValidationException.of("name", "is required");
        }
        value = Text.trim(value);
        if (Text.length(value) < 1 || Text.length(value) > 100) {
            throw ValidationException.of("name", "must be 1 to 100 characters");
        }
        if (CONTROL.matcher(value).find()) {
            throw ValidationException.of("name", "must not contain control characters");
        }
        if (UNPAIRED_SURROGATE.matcher(value).find()) {
            throw ValidationException.of("name", "must be valid Unicode text");
        }
    }
}
