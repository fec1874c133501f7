package workshop.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document: every error either app answers is one of these.
 * Members are written in declaration order; {@code errors} only when there are some.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    // answered in several places: a path or an id that names nothing, and any failure of the server
    static final Problem NO_RESOURCE = of(HttpStatus.NOT_FOUND, "not_found", "no resource at this path");
    static final Problem UNEXPECTED = of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
            "an unexpected error occurred");

    /** One entry of {@code errors}: which field, and what is wrong with it. */
    public record InvalidField(String field, String message) {}

    public static Problem of(HttpStatus status, String code, String detail) {
        return new Problem("about:blank", title(status), status.getCode(), detail, code, null);
    }

    /** RFC 9110's reason phrase, which Javalin's wording follows except for 500 ("Server Error"). */
    private static String title(HttpStatus status) {
        return status == HttpStatus.INTERNAL_SERVER_ERROR ? "Internal Server Error" : status.getMessage();
    }

    /** A 400 {@code validation_failed}, listing each failing field in the order given. */
    public static Problem invalid(String detail, Map<String, String> messagesByField) {
        var errors = messagesByField.entrySet().stream()
                .map(entry -> new InvalidField(entry.getKey(), entry.getValue()))
                .toList();
        var status = HttpStatus.BAD_REQUEST;
        return new Problem("about:blank", title(status), status.getCode(), detail, "validation_failed", errors);
    }

    public byte[] toJson() {
        try {
            // through a String, so that an emoji is written as itself, as in every other body
            return JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException impossible) { // a record of strings and ints always serialises
            throw new IllegalStateException(impossible);
        }
    }
}
