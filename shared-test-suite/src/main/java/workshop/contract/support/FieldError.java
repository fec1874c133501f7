package workshop.contract.support;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One entry of a validation problem's {@code errors}: a field and its message. docs/API.md, "Field messages":
 * "Each field has one message". Here is each message once, named as it reads: a constant where the message
 * always names the same field, a method where the field varies.
 */
public record FieldError(String field, String message) {

    /** Empty after trimming, or longer than 100 characters (Unicode code points). */
    public static final FieldError NAME_MUST_BE_1_TO_100_CHARACTERS =
            new FieldError("name", "must be 1 to 100 characters");

    /** U+0000 to U+001F or U+007F to U+009F anywhere in the name. */
    public static final FieldError NAME_MUST_NOT_CONTAIN_CONTROL_CHARACTERS =
            new FieldError("name", "must not contain control characters");

    /** An unpaired surrogate: the JSON escape of one half of a surrogate pair, without the other half. */
    public static final FieldError NAME_MUST_BE_VALID_UNICODE_TEXT =
            new FieldError("name", "must be valid Unicode text");

    /** Any rule of the email broken: its shape, its length, white space, a control character, a lone surrogate. */
    public static final FieldError EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS =
            new FieldError("email", "must be a valid email address");

    /** A bad {@code limit} in the query of {@code GET /users}. */
    public static final FieldError LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000 =
            new FieldError("limit", "must be a whole number from 1 to 1000");

    /** A bad {@code offset} in the query of {@code GET /users}: 9223372036854775807 is 2^63-1. */
    public static final FieldError OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1 =
            new FieldError("offset", "must be a whole number from 0 to 9223372036854775807");

    /** The name of a field of the body that is absent or {@code null}. */
    public static FieldError isRequired(String field) {
        return new FieldError(field, "is required");
    }

    /** The name of a field of the body of another JSON type: a number, a boolean, an array, an object. */
    public static FieldError mustBeAString(String field) {
        return new FieldError(field, "must be a string");
    }

    /** Any other member of the body, by its name, which is case-sensitive. */
    public static FieldError isNotAnAcceptedField(String member) {
        return new FieldError(member, "is not an accepted field");
    }

    /** Every message above, whatever its field: a problem's {@code errors} holds no other. */
    public static Set<String> messages() {
        return Stream.of(isRequired(""), mustBeAString(""), isNotAnAcceptedField(""), NAME_MUST_BE_1_TO_100_CHARACTERS,
                        NAME_MUST_NOT_CONTAIN_CONTROL_CHARACTERS, NAME_MUST_BE_VALID_UNICODE_TEXT,
                        EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS, LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000,
                        OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1)
                .map(FieldError::message).collect(Collectors.toSet());
    }
}
