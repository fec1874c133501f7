package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Problems.assertBodyUnreadable;
import static workshop.contract.support.Problems.assertNoResource;
import static workshop.contract.support.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Problems;
import workshop.contract.support.RawHttp;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.UserAssertions;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Outside this API": "A request that the server (Jetty) refuses before the app sees it gets a
 * problem document (an HTML page on the pages' paths) with the status Jetty chose, code {@code bad_request} and
 * detail {@code the request is not valid HTTP}"; "A URI that Jetty cannot read names no resource instead: 404
 * {@code not_found}." Sent as bytes, since no well-behaved client sends them. None of them changes anything.
 */
@Contract
@DisplayName("HTTP the server cannot read: 400 bad_request, or 404 not_found for a request line it cannot read;"
        + " a body it cannot read: 400 bad_request")
class MalformedHttpTest {

    private static final String NOT_HTTP = "the request is not valid HTTP";

    private final Api api;

    MalformedHttpTest(Api api) {
        this.api = api;
    }

    /** {@code %d} stands for the body's length in bytes. */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "Transfer-Encoding: chunked\nContent-Length: %d",
            "Content-Length: %d\nContent-Length: %<d",
            "Content-Length: %d\nContent-Length: 3",
            "Content-Length: %d\nA header line without a colon",
            "Content-Length: %d bytes"})
    @DisplayName("POST /users with headers that contradict each other or cannot be read: 400 bad_request,"
            + " and the user is not created")
    void refusesHeadersThatCannotBeRead(String headers) {
        String email = Users.uniqueEmail();
        String body = Users.body(Users.NAME, email);

        Reply reply = RawHttp.exchange(api, "POST /users HTTP/1.1\nHost: app\nContent-Type: application/json\n"
                + headers.formatted(body.getBytes(StandardCharsets.UTF_8).length) + "\n", body);

        assertProblem(reply, 400, "bad_request", NOT_HTTP);
        Users.create(api, Users.NAME, email); // a 201, so the refused request did not create it
    }

    @Test
    @DisplayName("headers over 8 KiB: 431 bad_request")
    void refusesHeadersOverTheLimit() {
        assertNotHttp(RawHttp.exchange(api, "GET /users HTTP/1.1\nHost: app\nX-Large: " + "a".repeat(9000) + "\n", ""),
                431, "Request Header Fields Too Large");
    }

    @Test
    @DisplayName("a version of HTTP other than 1.0 and 1.1: 505 bad_request")
    void refusesAnotherVersionOfHttp() {
        assertNotHttp(RawHttp.exchange(api, "GET /users HTTP/9.9\nHost: app\n", ""), 505, "HTTP Version Not Supported");
    }

    /** A status that no answer of the API itself has, so one that {@link Problems} has no title for. */
    private static void assertNotHttp(Reply reply, int status, String title) {
        assertThat(reply.contentType()).isEqualTo(Problems.PROBLEM_JSON);
        assertThat(reply.text()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + NOT_HTTP + "\",\"code\":\"bad_request\"}");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"/users/%zz", "/users/%", "/users/%FF", "/users/%C0%AF", "/users/..;/1", "/ui/users/%zz"})
    @DisplayName("a path the server cannot decode names no resource: 404 not_found")
    void aPathThatCannotBeDecodedNamesNoResource(String path) {
        assertNoResource(RawHttp.exchange(api, "GET " + path + " HTTP/1.1\nHost: app\n", ""));
    }

    @Test
    @DisplayName("a page's path that the server can split but not decode: a 404 page")
    void aPagesPathThatCannotBeDecodedIsA404Page() {
        PageSafetyTest.assertPage(RawHttp.exchange(api, "GET /ui/users/%FF HTTP/1.1\nHost: app\n", ""), 404);
    }

    @Test
    @DisplayName("a URI over 8 KiB names no resource: 404 not_found")
    void aUriOverTheLimitNamesNoResource() {
        assertNoResource(RawHttp.exchange(api, "GET /users/" + "1".repeat(9000) + " HTTP/1.1\nHost: app\n", ""));
    }

    @Test
    @DisplayName("a chunk size that is not hexadecimal, on POST /users, PUT, suspend and activate: 400 bad_request,"
            + " and nothing changes")
    void refusesABodyThatCannotBeRead() {
        User user = Users.create(api);
        String brokenChunk = "zz\r\n{}\r\n0\r\n\r\n";
        for (String requestLine : new String[] {"POST /users", "PUT " + user.path(), "POST " + user.path() + "/suspend",
                "POST " + user.path() + "/activate"}) {
            Reply reply = RawHttp.exchange(api, requestLine + " HTTP/1.1\nHost: app\nContent-Type: application/json\n"
                    + "Transfer-Encoding: chunked\n", brokenChunk);

            assertBodyUnreadable(reply);
        }
        UserAssertions.assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("on a page's path, the same refusal is an HTML page: 400")
    void refusesOnAPagesPathWithAPage() {
        Reply reply = RawHttp.exchange(api, "POST /ui/users HTTP/1.1\nHost: app\n"
                + "Content-Type: application/x-www-form-urlencoded\nContent-Length: 2\nContent-Length: 3\n", "a=");

        PageSafetyTest.assertPage(reply, 400);
        assertThat(reply.text()).contains(NOT_HTTP);
    }
}
