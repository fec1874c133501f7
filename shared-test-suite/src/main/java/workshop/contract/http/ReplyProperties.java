package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import workshop.contract.support.FieldError;
import workshop.contract.support.Json;
import workshop.contract.support.Problems;
import workshop.contract.support.Reply;

/**
 * What every reply must be, whatever the request: never a 5xx; a success in JSON; an error a problem document
 * with a code of the contract's table, checked against the suite's fixed texts; no internals leaked.
 */
final class ReplyProperties {

    /** Traces of a stack trace, an exception, SQL or the libraries behind the apps. */
    private static final List<String> LEAKS = List.of("Exception", "at workshop.", "at java.", "Caused by",
            "org.h2", "org.jdbi", "org.eclipse", "io.javalin", "com.fasterxml", "jdbc", "SQL", "SELECT", "INSERT",
            "UPDATE users");
    private static final Set<String> MESSAGES = FieldError.messages();
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    private ReplyProperties() {
    }

    static void assertKeepsTheContract(Reply reply, FuzzRequest request) {
        assertThat(reply.status()).as("status of %s", reply).isLessThan(500);
        if (reply.status() < 300) {
            assertSuccess(reply);
        } else {
            // A reply may echo what the client sent, so only a word the request did not hold counts as leaked.
            assertThat(LEAKS).as("internals leaked by %s", reply)
                    .filteredOn(word -> reply.text().contains(word) && !request.echoable().contains(word)).isEmpty();
            assertProblem(reply, request.method());
        }
    }

    private static void assertSuccess(Reply reply) {
        if (reply.status() == 204) {
            assertThat(reply.bytes()).as("body of a 204").isEmpty();
            return;
        }
        assertThat(reply.contentType()).as("Content-Type of %s", reply).isEqualTo("application/json");
        JsonNode body = reply.json();
        if (reply.status() == 201) {
            assertThat(reply.header("Location")).as("Location").isEqualTo("/users/" + body.path("id").asLong());
        }
    }

    /** Each code of the contract's table, answered with the exact problem document the rest of the suite expects. */
    private static void assertProblem(Reply reply, String method) {
        assertThat(reply.contentType()).as("Content-Type of %s", reply).isEqualTo(Problems.PROBLEM_JSON);
        JsonNode problem = reply.json();
        String code = problem.path("code").asText();
        switch (code) {
            case "malformed_json" -> Problems.assertMalformedJson(reply);
            case "validation_failed" -> assertValidationFailed(reply, problem);
            case "not_found" -> assertNotFound(reply, problem.path("detail").asText());
            case "method_not_allowed" -> {
                Problems.assertProblem(reply, 405, code, "the method " + method + " is not allowed on this path");
                assertThat(reply.allowedMethods()).as("Allow of %s", reply).isNotEmpty().isSubsetOf(METHODS);
            }
            case "email_taken" -> Problems.assertEmailTaken(reply);
            case "user_suspended" -> Problems.assertUserSuspended(reply);
            case "content_too_large" -> Problems.assertTooLarge(reply);
            case "bad_request" -> Problems.assertBodyUnreadable(reply);
            case "unsupported_media_type" -> Problems.assertUnsupportedMediaType(reply);
            default -> fail("the code \"%s\" is not in the contract's table: %s", code, reply);
        }
    }

    /**
     * Rebuilds the document from its own errors, so that their form and order are checked too. It is compared
     * as parsed and written again: errors echo member names, which a JSON writer may escape (an emoji as the two
     * escapes of its surrogate pair, as both apps do).
     */
    private static void assertValidationFailed(Reply answer, JsonNode problem) {
        byte[] rewritten = Json.write(problem).getBytes(StandardCharsets.UTF_8);
        Reply reply = new Reply(answer.status(), answer.headers(), rewritten);
        FieldError[] errors = Json.elements(problem.path("errors")).stream()
                .map(error -> new FieldError(error.path("field").asText(), error.path("message").asText()))
                .toArray(FieldError[]::new);
        assertThat(errors).as("errors of %s", reply).isNotEmpty()
                .allSatisfy(error -> assertThat(MESSAGES).as("known messages").contains(error.message()));
        if (problem.path("detail").asText().equals("the query parameters are invalid")) {
            Problems.assertInvalidQuery(reply, errors);
        } else {
            Problems.assertInvalidBody(reply, errors);
        }
    }

    private static void assertNotFound(Reply reply, String detail) {
        if (detail.matches("no user with id [0-9]+")) {
            Problems.assertNoUser(reply, detail.substring("no user with id ".length()));
        } else {
            Problems.assertNoResource(reply);
        }
    }
}
