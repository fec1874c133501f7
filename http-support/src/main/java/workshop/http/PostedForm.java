package workshop.http;

import static io.javalin.http.HttpStatus.BAD_REQUEST;
import static io.javalin.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * A form's values as a browser posts them ({@code application/x-www-form-urlencoded}, UTF-8), unchecked, and
 * what a page shows of it again when it is refused: the values as typed, and a message for each field that
 * broke a rule (the key {@code form} for a message about the form as a whole).
 */
public record PostedForm(Map<String, String> values, Map<String, String> errors) {

    public static final PostedForm EMPTY = new PostedForm(Map.of(), Map.of());

    private static final String MEDIA_TYPE = "application/x-www-form-urlencoded";

    /** The posted form; 415 when it is not url-encoded, 400 when it is not well-formed UTF-8. */
    public static PostedForm read(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (!contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals(MEDIA_TYPE)) {
            throw new ProblemException(Problem.of(UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "the form must be " + MEDIA_TYPE));
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            String body = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Body.read(ctx))).toString();
            // Jetty's decoder, made strict: a bad %-escape or bytes that are not UTF-8 refuse the form.
            UrlEncoded.decodeUtf8To(body, 0, body.length(), values::putIfAbsent, false, false, false);
        } catch (CharacterCodingException | IllegalArgumentException notWellFormed) {
            throw new ProblemException(Problem.of(BAD_REQUEST, "malformed_form", "the form is not well-formed"));
        }
        return new PostedForm(values, Map.of());
    }

    /** A form filled in with these values, such as a user's own name and email. */
    public static PostedForm of(Map<String, String> values) {
        return new PostedForm(values, Map.of());
    }

    /** The value as typed (the first, when a field is sent twice); null when the field was not sent. */
    public String value(String field) {
        return values.get(field);
    }

    /** The message beside a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The same form, refused with these messages. */
    public PostedForm refused(Map<String, String> messages) {
        return new PostedForm(values, messages);
    }
}
