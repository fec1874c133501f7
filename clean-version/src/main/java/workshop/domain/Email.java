package workshop.domain;

import java.util.Locale;

/** An email address that normalises itself (trimmed, lower-cased) and is valid once it exists. */
public record Email(String value) {

    public Email {
        if (value == null) {
            throw ValidationException.of("email", "is required");
        }
        value = Text.trim(value).toLowerCase(Locale.ROOT);
        if (Text.length(value) > 254 || !hasEmailShape(value)
                || Text.hasAny(value, c -> Text.isWhiteSpace(c) || Text.isControl(c) || Text.isUnpairedSurrogate(c))) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }

    /** One @ between a non-empty local part and a domain of two or more non-empty labels. */
    private static boolean hasEmailShape(String value) {
        int at = value.indexOf('@');
        String domain = value.substring(at + 1);
        return at > 0 && !domain.contains("@")
                && domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }
}
