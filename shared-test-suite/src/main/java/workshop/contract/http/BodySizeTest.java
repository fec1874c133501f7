package workshop.contract.http;

import static workshop.contract.support.Bodies.LIMIT;
import static workshop.contract.support.Bodies.padded;
import static workshop.contract.support.Problems.assertTooLarge;
import static workshop.contract.support.UserAssertions.assertCreated;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Bodies;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Codes": 413 {@code content_too_large}, "the request body is larger than 16384 bytes", for "a
 * {@code POST} or {@code PUT} body over 16 KiB, sent with a length or chunked, on any of their paths". "Bodies":
 * the body of a suspend or an activate is ignored, "but it still counts against the size limit".
 */
@Contract
@DisplayName("413 content_too_large: a POST or PUT body over 16384 bytes, with a length or chunked, on any path")
class BodySizeTest {

    private final Api api;

    BodySizeTest(Api api) {
        this.api = api;
    }

    private Reply send(String method, String path, String json, boolean chunked) {
        return send(method, path, "application/json", json, chunked);
    }

    private Reply send(String method, String path, String contentType, String body, boolean chunked) {
        return api.request(method, path).contentType(contentType).body(body).chunked(chunked).send();
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("POST /users with a body of exactly 16384 bytes is accepted")
    void acceptsAPostOfExactly16384Bytes(boolean chunked) {
        String email = Users.uniqueEmail();

        assertCreated(send("POST", "/users", padded(Users.body("Ada", email), LIMIT), chunked), "Ada", email);
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("POST /users with 16385 bytes, or far more: 413, and no user is created")
    void refusesAPostOverTheLimit(boolean chunked) {
        String email = Users.uniqueEmail();

        assertTooLarge(send("POST", "/users", padded(Users.body("Ada", email), LIMIT + 1), chunked));
        assertTooLarge(send("POST", "/users", padded(Users.body("Ada", email), 100_000), chunked));
        assertCreated(api.post("/users", Users.body("Ada", email)), "Ada", email);
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("PUT /users/{id} with exactly 16384 bytes is accepted; with 16385 it is 413 and nothing changes")
    void limitsPutBodies(boolean chunked) {
        User user = Users.create(api);
        User edited = user.edited();
        String body = edited.body();

        assertTooLarge(send("PUT", user.path(), padded(body, LIMIT + 1), chunked));
        assertUser(api.get(user.path()), user);
        assertUser(send("PUT", user.path(), padded(body, LIMIT), chunked), edited);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"suspend", "activate"})
    @DisplayName("a body of 16384 bytes to suspend or activate is ignored; with 16385 it is 413 and nothing changes")
    void limitsSuspendAndActivateBodies(String action) {
        boolean suspend = action.equals("suspend");
        User user = suspend ? Users.create(api) : Users.createSuspended(api);
        String path = user.path() + "/" + action;

        assertTooLarge(send("POST", path, "text/plain", Bodies.garbage(LIMIT + 1), false));
        assertTooLarge(send("POST", path, "text/plain", Bodies.garbage(LIMIT + 1), true));
        assertUser(api.get(user.path()), user);
        User after = user.withStatus(suspend ? "suspended" : "active");
        assertUser(send("POST", path, "text/plain", Bodies.garbage(LIMIT), true), after);
    }
}
