package workshop.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** Assertions on error responses: the whole problem document, byte for byte, with the texts both apps use. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad Request",
            404, "Not Found",
            405, "Method Not Allowed",
            409, "Conflict",
            413, "Content Too Large",
            415, "Unsupported Media Type",
            500, "Internal Server Error");

    private Problems() {
    }

    /** {@code {"type":"about:blank","title":…,"status":…,"detail":…,"code":…}} and nothing else. */
    static void assertProblem(Reply reply, int status, String code, String detail) {
        assertBody(reply, status, problem(status, code, detail));
    }

    static void assertInvalidBody(Reply reply, FieldError... errors) {
        assertValidationFailed(reply, "the request body is invalid", errors);
    }

    static void assertInvalidQuery(Reply reply, FieldError... errors) {
        assertValidationFailed(reply, "the query parameters are invalid", errors);
    }

    static void assertMalformedJson(Reply reply) {
        assertProblem(reply, 400, "malformed_json", "the request body is not a well-formed JSON object");
    }

    /** An unknown path, or a known one with an id that is not a positive 64-bit integer. */
    static void assertNoResource(Reply reply) {
        assertProblem(reply, 404, "not_found", "no resource at this path");
    }

    static void assertNoUser(Reply reply, String id) {
        assertProblem(reply, 404, "not_found", "no user with id " + id);
    }

    static void assertNoUser(Reply reply, long id) {
        assertNoUser(reply, Long.toString(id));
    }

    static void assertMethodNotAllowed(Reply reply, String method, String... allowed) {
        assertProblem(reply, 405, "method_not_allowed", "the method " + method + " is not allowed on this path");
        assertThat(reply.allowedMethods()).as("Allow header of %s", reply).isEqualTo(Set.of(allowed));
    }

    static void assertEmailTaken(Reply reply) {
        assertProblem(reply, 409, "email_taken", "another user already has this email");
    }

    static void assertUserSuspended(Reply reply) {
        assertProblem(reply, 409, "user_suspended", "a suspended user cannot be edited");
    }

    static void assertTooLarge(Reply reply) {
        assertProblem(reply, 413, "content_too_large", "the request body is larger than 16384 bytes");
    }

    static void assertUnsupportedMediaType(Reply reply) {
        assertProblem(reply, 415, "unsupported_media_type", "the request body must be application/json");
    }

    private static void assertValidationFailed(Reply reply, String detail, FieldError... errors) {
        ObjectNode expected = problem(400, "validation_failed", detail);
        ArrayNode entries = expected.putArray("errors");
        for (FieldError error : errors) {
            entries.addObject().put("field", error.field()).put("message", error.message());
        }
        assertBody(reply, 400, expected);
    }

    /** The exact text of a problem document without {@code errors}. */
    static String text(int status, String code, String detail) {
        return Json.write(problem(status, code, detail));
    }

    private static ObjectNode problem(int status, String code, String detail) {
        return Json.object()
                .put("type", "about:blank")
                .put("title", TITLES.get(status))
                .put("status", status)
                .put("detail", detail)
                .put("code", code);
    }

    private static void assertBody(Reply reply, int status, ObjectNode expected) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("Content-Type of %s", reply).isEqualTo(PROBLEM_JSON);
        assertThat(reply.text()).as("problem document").isEqualTo(Json.write(expected));
    }
}
