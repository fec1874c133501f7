package workshop.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Assertions on error responses: the whole problem document, byte for byte, with the texts both apps use. Each
 * {@code detail} is the one of docs/API.md's table "Codes", written once, here.
 */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";

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
    public static void assertProblem(Reply reply, int status, String code, String detail) {
        assertBody(reply, problem(status, code, detail));
    }

    public static void assertInvalidBody(Reply reply, FieldError... errors) {
        assertValidationFailed(reply, "the request body is invalid", errors);
    }

    public static void assertInvalidQuery(Reply reply, FieldError... errors) {
        assertValidationFailed(reply, "the query parameters are invalid", errors);
    }

    /** A body whose framing is broken, such as a chunk size that is not hexadecimal. */
    public static void assertBodyUnreadable(Reply reply) {
        assertProblem(reply, 400, "bad_request", "the request body could not be read");
    }

    public static void assertMalformedJson(Reply reply) {
        assertProblem(reply, 400, "malformed_json", "the request body is not a well-formed JSON object");
    }

    /** An unknown path, or a known one with an id that is not a positive 64-bit integer. */
    public static void assertNoResource(Reply reply) {
        assertProblem(reply, 404, "not_found", "no resource at this path");
    }

    public static void assertNoUser(Reply reply, String id) {
        assertBody(reply, noUser(id));
    }

    public static void assertNoUser(Reply reply, long id) {
        assertBody(reply, noUser(id));
    }

    public static void assertMethodNotAllowed(Reply reply, String method, String... allowed) {
        assertProblem(reply, 405, "method_not_allowed", "the method " + method + " is not allowed on this path");
        assertThat(reply.allowedMethods()).as("Allow header of %s", reply).isEqualTo(Set.of(allowed));
    }

    public static void assertEmailTaken(Reply reply) {
        assertProblem(reply, 409, "email_taken", "another user already has this email");
    }

    public static void assertUserSuspended(Reply reply) {
        assertBody(reply, userSuspended());
    }

    public static void assertTooLarge(Reply reply) {
        assertProblem(reply, 413, "content_too_large", "the request body is larger than 16384 bytes");
    }

    public static void assertUnsupportedMediaType(Reply reply) {
        assertProblem(reply, 415, "unsupported_media_type", "the request body must be application/json");
    }

    /** 404 not_found for an id that no user has, written as a number: {@code /users/007} says 7. */
    public static Reply noUser(String id) {
        return problem(404, "not_found", "no user with id " + id);
    }

    public static Reply noUser(long id) {
        return noUser(Long.toString(id));
    }

    /** 409 user_suspended: a PUT on a suspended user. */
    public static Reply userSuspended() {
        return problem(409, "user_suspended", "a suspended user cannot be edited");
    }

    private static void assertValidationFailed(Reply reply, String detail, FieldError... errors) {
        ObjectNode expected = document(400, "validation_failed", detail);
        ArrayNode entries = expected.putArray("errors");
        for (FieldError error : errors) {
            entries.addObject().put("field", error.field()).put("message", error.message());
        }
        assertBody(reply, Reply.expected(400, PROBLEM_JSON, Json.write(expected)));
    }

    /** The exact reply of a problem without {@code errors}. */
    private static Reply problem(int status, String code, String detail) {
        return Reply.expected(status, PROBLEM_JSON, Json.write(document(status, code, detail)));
    }

    private static ObjectNode document(int status, String code, String detail) {
        return Json.object()
                .put("type", "about:blank")
                .put("title", TITLES.get(status))
                .put("status", status)
                .put("detail", detail)
                .put("code", code);
    }

    private static void assertBody(Reply reply, Reply expected) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(expected.status());
        assertThat(reply.contentType()).as("Content-Type of %s", reply).isEqualTo(PROBLEM_JSON);
        assertThat(reply.text()).as("problem document").isEqualTo(expected.text());
    }
}
