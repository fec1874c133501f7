package workshop.controller;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import workshop.model.ValidationException;

/**
 * A name and an email as the controller accepts them: trimmed, checked, the email lower-cased.
 * In MVC the rules for input live here, beside the controller that uses them.
 */
public record UserForm(String name, String email) {

    private static final Pattern EDGE_WHITE_SPACE = Pattern.compile("\\A\\p{IsWhite_Space}+|\\p{IsWhite_Space}+\\z");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern UNPAIRED_SURROGATE = Pattern.compile("\\p{Cs}");
    // One @ between a non-empty local part and a domain of two or more non-empty labels;
    // no white space, control character or unpaired surrogate anywhere.
    private static final String LOCAL_PART = "[^@\\p{IsWhite_Space}\\p{Cc}\\p{Cs}]+";
    private static final String LABEL = "[^@.\\p{IsWhite_Space}\\p{Cc}\\p{Cs}]+";
    private static final Pattern EMAIL = Pattern.compile(LOCAL_PART + "@" + LABEL + "(\\." + LABEL + ")+");

    public static UserForm validate(String name, String email) {
        String trimmedName = name == null ? null : trim(name);
        String normalisedEmail = email == null ? null : trim(email).toLowerCase(Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>();
        nameError(trimmedName).ifPresent(message -> errors.put("name", message));
        emailError(normalisedEmail).ifPresent(message -> errors.put("email", message));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new UserForm(trimmedName, normalisedEmail);
    }

    private static Optional<String> nameError(String name) {
        if (name == null) {
            return Optional.of("is required");
        }
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > 100) {
            return Optional.of("must be 1 to 100 characters");
        }
        if (CONTROL.matcher(name).find()) {
            return Optional.of("must not contain control characters");
        }
        if (UNPAIRED_SURROGATE.matcher(name).find()) {
            return Optional.of("must be valid Unicode text");
        }
        return Optional.empty();
    }

    private static Optional<String> emailError(String email) {
        if (email == null) {
            return Optional.of("is required");
        }
        if (email.codePointCount(0, email.length()) > 254 || !EMAIL.matcher(email).matches()) {
            return Optional.of("must be a valid email address");
        }
        return Optional.empty();
    }

    /** Strips Unicode White_Space, which String.strip() does not do exactly (it keeps no-break spaces). */
    private static String trim(String text) {
        return EDGE_WHITE_SPACE.matcher(text).replaceAll("");
    }
}
