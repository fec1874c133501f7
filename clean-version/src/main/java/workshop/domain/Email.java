package workshop.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address that normalises itself (trimmed, lower-cased) and is valid once it exists. */
public record Email(String value) {

    // One @ between a non-empty local part and a domain of two or more non-empty labels;
    // no white space, control character or unpaired surrogate anywhere.
    private static final String LOCAL_PART = "[^@\\p{IsWhite_Space}\\p{Cc}\\p{Cs}]+";
    private static final String LABEL = "[^@.\\p{IsWhite_Space}\\p{Cc}\\p{Cs}]+";
    private static final Pattern EMAIL = Pattern.compile(LOCAL_PART + "@" + LABEL + "(\\." + LABEL + ")+");

    public Email {
        if (value == null) {
            throw ValidationException.of("email", "is required");
        }
        value = Text.trim(value).toLowerCase(Locale.ROOT);
        if (Text.length(value) > 254 || !EMAIL.matcher(value).matches()) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }
}
