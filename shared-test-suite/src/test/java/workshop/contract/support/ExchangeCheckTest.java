package workshop.contract.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The check of each exchange against docs/openapi.yaml finds what the document does not describe, and only that. */
@Tag("unit")
class ExchangeCheckTest {

    private static final String ADA = "{\"id\":7,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\","
            + "\"status\":\"active\",\"createdAt\":\"2026-11-20T10:15:30Z\"}";
    private static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"no resource at this path\",\"code\":\"not_found\"}";
    private static final String CREATE = "{\"name\":\" Ada Lovelace \",\"email\":\"ADA@example.com\"}";

    @Test
    void describesACreatedUser() {
        assertThat(check("POST", "/users", CREATE, 201, ADA, "Location", "/users/7")).isEmpty();
    }

    @Test
    void findsAMemberTheUserDoesNotHave() {
        String withAge = ADA.replace("}", ",\"age\":36}");

        assertThat(check("GET", "/users/7", null, 200, withAge)).get().asString()
                .contains("does not describe this exchange", "not allowed by the schema", "age");
    }

    @Test
    void findsAStatusTheOperationDoesNotList() {
        assertThat(check("DELETE", "/users/7", null, 409, NOT_FOUND)).get().asString()
                .contains("Response status 409 not defined");
    }

    @Test
    void findsACreatedUserWithoutItsLocation() {
        assertThat(check("POST", "/users", CREATE, 201, ADA)).get().asString().contains("Location");
    }

    @Test
    void describesAUserWithAHundredEmoji() {
        String emoji = ADA.replace("Ada Lovelace", "😀".repeat(100));

        assertThat(check("GET", "/users/7", null, 200, emoji)).isEmpty();
        assertThat(check("GET", "/users/7", null, 200, emoji.replace("😀\"", "😀😀\""))).get().asString()
                .contains("is too long (length: 101, maximum allowed: 100)");
    }

    @Test
    void takesIdsWithLeadingZerosAndTellsOtherIdsFromUnknownPaths() {
        assertThat(check("GET", "/users/007/", null, 200, ADA)).isEmpty();
        assertThat(check("GET", "/users/abc", null, 404, NOT_FOUND)).isEmpty();
        assertThat(check("GET", "/Users/7", null, 404, NOT_FOUND)).isEmpty();
        assertThat(check("GET", "/Users/7", null, 200, ADA)).get().asString().contains("NotFound");
    }

    @Test
    void wantsTheDocumentsMethodsInTheAllowOfA405() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,"
                + "\"detail\":\"the method PATCH is not allowed on this path\",\"code\":\"method_not_allowed\"}";

        assertThat(check("PATCH", "/users", null, 405, problem, "Allow", "GET, POST")).isEmpty();
        assertThat(check("PATCH", "/users", null, 405, problem, "Allow", "GET")).get().asString()
                .contains("Allow names [GET], the document [GET, POST]");
    }

    @Test
    void checksARequestOutsideTheDocumentByItsResponse() {
        String malformed = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"the request body is not a well-formed JSON object\",\"code\":\"malformed_json\"}";

        assertThat(check("POST", "/users", "{\"name\":", 400, malformed)).isEmpty();
        assertThat(check("POST", "/users", "{\"name\":", 400, NOT_FOUND)).isPresent();
    }

    @Test
    void describesAnUnreadableBodyWhereverABodyIsRead() {
        String unreadable = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"the request body could not be read\",\"code\":\"bad_request\"}";

        assertThat(check("POST", "/users", CREATE, 400, unreadable)).isEmpty();
        assertThat(check("PUT", "/users/7", CREATE, 400, unreadable)).isEmpty();
        assertThat(check("POST", "/users/7/suspend", null, 400, unreadable)).isEmpty();
        assertThat(check("POST", "/users/7/activate", null, 400, unreadable)).isEmpty();
        assertThat(check("POST", "/users/7/suspend", null, 400, unreadable.replace("bad_request", "malformed_json")))
                .isPresent();
    }

    @Test
    void acceptsAnyBodyOrNoneForSuspendAndActivate() {
        String suspended = ADA.replace("active", "suspended");

        assertThat(check("POST", "/users/7/suspend", null, 200, suspended)).isEmpty();
        assertThat(check("POST", "/users/7/suspend", "text/plain", "garbage, not JSON", 200, suspended)).isEmpty();
        assertThat(check("POST", "/users/7/suspend", "application/json", "{not json", 200, suspended)).isEmpty();
        assertThat(check("POST", "/users/7/activate", "application/json", "{\"status\":\"active\"}", 200, ADA))
                .isEmpty();
        assertThat(check("POST", "/users/7/activate", "application/xml", "<user status=\"active\"/>", 200, ADA))
                .isEmpty();
        assertThat(check("POST", "/users/7/activate", "application/octet-stream", "\u0000\u00ff", 200, ADA))
                .isEmpty();
        assertThat(check("POST", "/users/7/activate", null, "{}", 200, ADA)).isEmpty();
    }

    @Test
    void findsARequestAcceptedThatTheDocumentDoesNotAllow() {
        String withId = "{\"id\":7,\"name\":\"Ada\",\"email\":\"ada@example.com\"}";

        assertThat(check("POST", "/users", withId, 201, ADA, "Location", "/users/7")).get().asString()
                .contains("the app accepted a request that the document does not allow", "id");
    }

    @Test
    void leavesThePagesAlone() {
        assertThat(check("GET", "/docs", null, 200, "<!DOCTYPE html>")).isEmpty();
        assertThat(check("GET", "/ui/users", null, 200, "<!DOCTYPE html>")).isEmpty();
    }

    /** The request as the contract's client sends it (with a JSON body, when there is one), and the reply. */
    private static Optional<String> check(String method, String path, String json, int status, String body,
                                          String... headerAndValue) {
        return check(method, path, json == null ? null : "application/json", json, status, body, headerAndValue);
    }

    /** The same with a body of any type, or with none ({@code null}), and a {@code Content-Type} or none. */
    private static Optional<String> check(String method, String path, String contentType, String content, int status,
                                          String body, String... headerAndValue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:7001" + path));
        byte[] sent = content == null ? null : content.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, sent == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(sent));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(status < 300 ? "application/json" : "application/problem+json"));
        for (int i = 0; i < headerAndValue.length; i += 2) {
            headers.put(headerAndValue[i], List.of(headerAndValue[i + 1]));
        }
        if (path.startsWith("/docs") || path.startsWith("/ui")) {
            headers.put("Content-Type", List.of("text/html; charset=utf-8"));
        }
        Reply reply = new Reply(status, HttpHeaders.of(headers, (name, value) -> true),
                body.getBytes(StandardCharsets.UTF_8));
        return ExchangeCheck.undescribed(request.build(), sent, reply);
    }
}
