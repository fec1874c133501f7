package workshop.controller;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import workshop.model.ValidationException;

/**
 * A name and an email as the controller accepts them: trimmed, checked, the email lower-cased.
 * In MVC the rules for input live here, beside the controller that uses them.
 */
public record UserForm(String name, String email) {

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
        if (hasAny(name, UserForm::isControl)) {
            return Optional.of("must not contain control characters");
        }
        if (hasAny(name, UserForm::isUnpairedSurrogate)) {
            return Optional.of("must be valid Unicode text");
        }
        return Optional.empty();
    }

    private static Optional<String> emailError(String email) {
        if (email == null) {
            return Optional.of("is required");
        }
        if (email.codePointCount(0, email.length()) > 254 || !hasEmailShape(email)
                || hasAny(email, c -> isWhiteSpace(c) || isControl(c) || isUnpairedSurrogate(c))) {
            return Optional.of("must be a valid email address");
        }
        return Optional.empty();
    }

    /** One @ between a non-empty local part and a domain of two or more non-empty labels. */
    private static boolean hasEmailShape(String email) {
        int at = email.indexOf('@');
        String domain = email.substring(at + 1);
        return at > 0 && !domain.contains("@")
                && domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }

    /** Strips Unicode White_Space, which String.strip() does not do exactly (it keeps no-break spaces). */
    private static String trim(String text) {
        int start = 0, end = text.length();
        while (start < end && isWhiteSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isWhiteSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Whether any code point of the text is of the kind: one plain pass, cheaper than a stream's. */
    private static boolean hasAny(String text, IntPredicate kind) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (kind.test(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Unicode White_Space, as regex's \p{IsWhite_Space} has it: Zs, Zl, Zp, U+0009 to U+000D and U+0085. */
    private static boolean isWhiteSpace(int c) {
        return Character.isSpaceChar(c) || (c >= 0x09 && c <= 0x0D) || c == 0x85;
    }

    /** Unicode category Cc, regex's \p{Cc}. */
    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** A surrogate with no partner (category Cs): a pair would have made one code point. */
    private static boolean isUnpairedSurrogate(int c) {
        return Character.getType(c) == Character.SURROGATE;
    }
}
