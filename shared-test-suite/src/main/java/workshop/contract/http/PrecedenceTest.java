package workshop.contract.http;

import static workshop.contract.support.Bodies.LIMIT;
import static workshop.contract.support.FieldError.NAME_MUST_BE_1_TO_100_CHARACTERS;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.Problems.assertMalformedJson;
import static workshop.contract.support.Problems.assertMethodNotAllowed;
import static workshop.contract.support.Problems.assertNoResource;
import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.Problems.assertTooLarge;
import static workshop.contract.support.Problems.assertUnsupportedMediaType;
import static workshop.contract.support.Problems.assertUserSuspended;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Bodies;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Which error comes first": "When a request breaks several rules, the first in this order
 * answers": unknown path (404), method not served (405), malformed id (404), Content-Type not JSON (415), body
 * too large (413), malformed JSON (400), invalid fields (400), no such user (404), user suspended (409), email
 * taken (409).
 */
@Contract
@DisplayName("when a request breaks several rules, the first in the contract's order answers")
class PrecedenceTest {

    private static final String TOO_LARGE_GARBAGE = Bodies.garbage(LIMIT + 1);

    private final Api api;

    PrecedenceTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("unknown path (404) before method not served (405), media type (415) and size (413)")
    void unknownPathFirst() {
        assertNoResource(api.send("PATCH", "/nope", "text/plain", TOO_LARGE_GARBAGE));
        assertNoResource(api.send("PUT", "/users/1/nope", "text/plain", TOO_LARGE_GARBAGE));
    }

    @Test
    @DisplayName("method not served (405) before malformed id (404), media type (415) and size (413)")
    void methodBeforeMalformedId() {
        Reply patch = api.send("PATCH", "/users/abc", "text/plain", TOO_LARGE_GARBAGE);

        assertMethodNotAllowed(patch, "PATCH", "GET", "PUT", "DELETE");
        assertMethodNotAllowed(api.get("/users/-1/suspend"), "GET", "POST");
        assertMethodNotAllowed(api.send("PATCH", "/users", "text/plain", TOO_LARGE_GARBAGE), "PATCH", "GET", "POST");
        assertMethodNotAllowed(api.send("PUT", "/health", "text/plain", TOO_LARGE_GARBAGE), "PUT", "GET");
    }

    @Test
    @DisplayName("malformed id (404) before media type (415) and size (413): PUT /users/abc with text/plain is 404")
    void malformedIdBeforeTheBody() {
        assertNoResource(api.send("PUT", "/users/abc", "text/plain", "{}"));
        assertNoResource(api.send("PUT", "/users/abc", "application/json", TOO_LARGE_GARBAGE));
        assertNoResource(api.send("POST", "/users/1.0/suspend", "text/plain", TOO_LARGE_GARBAGE));
    }

    @Test
    @DisplayName("media type (415) before size (413): POST with text/plain and an oversized body is 415")
    void mediaTypeBeforeSize() {
        assertUnsupportedMediaType(api.send("POST", "/users", "text/plain", TOO_LARGE_GARBAGE));
        assertUnsupportedMediaType(api.send("PUT", Users.create(api).path(), "text/plain", TOO_LARGE_GARBAGE));
    }

    @Test
    @DisplayName("size (413) before malformed JSON (400): oversized malformed JSON is 413")
    void sizeBeforeMalformedJson() {
        assertTooLarge(api.send("POST", "/users", "application/json", TOO_LARGE_GARBAGE));
        assertTooLarge(api.send("PUT", Users.create(api).path(), "application/json", TOO_LARGE_GARBAGE));
    }

    @Test
    @DisplayName("malformed JSON before invalid fields: a repeated or trailing member is malformed, not invalid")
    void malformedJsonBeforeInvalidFields() {
        assertMalformedJson(api.post("/users", "{\"id\":1,\"id\":2}"));
        assertMalformedJson(api.post("/users", "{\"name\":1} x"));
    }

    @Test
    @DisplayName("the body's rules before no such user: a bad body to /users/{missing} is 415, 413 or 400")
    void bodyBeforeNoSuchUser() {
        String missing = "/users/" + Users.deletedId(api);

        assertUnsupportedMediaType(api.send("PUT", missing, "text/plain", Users.validBody()));
        assertTooLarge(api.send("PUT", missing, "application/json", Bodies.padded(Users.validBody(), LIMIT + 1)));
        assertMalformedJson(api.put(missing, "{\"name\":"));
        assertInvalidBody(api.put(missing, Users.body("", Users.uniqueEmail())), NAME_MUST_BE_1_TO_100_CHARACTERS);
        assertTooLarge(api.send("POST", missing + "/suspend", "text/plain", TOO_LARGE_GARBAGE));
    }

    @Test
    @DisplayName("no such user (404) before email taken (409): PUT /users/{missing} with a taken email is 404")
    void noSuchUserBeforeEmailTaken() {
        long missing = Users.deletedId(api);

        assertNoUser(api.put("/users/" + missing, Users.body("Ada", Users.create(api).email())), missing);
    }

    @Test
    @DisplayName("invalid fields (400) before user suspended (409): PUT of an invalid body on a suspended user")
    void invalidFieldsBeforeUserSuspended() {
        User user = Users.createSuspended(api);

        assertInvalidBody(api.put(user.path(), Users.body(" ", user.email())), NAME_MUST_BE_1_TO_100_CHARACTERS);
    }

    @Test
    @DisplayName("user suspended before email taken: a suspended user and a taken email is 409 user_suspended")
    void userSuspendedBeforeEmailTaken() {
        User user = Users.createSuspended(api);

        assertUserSuspended(api.put(user.path(), Users.body("Ada", Users.create(api).email())));
    }

    @Test
    @DisplayName("invalid fields (400) before email taken (409) on POST")
    void invalidFieldsBeforeEmailTaken() {
        Reply reply = api.post("/users", Users.body("", Users.create(api).email()));

        assertInvalidBody(reply, NAME_MUST_BE_1_TO_100_CHARACTERS);
    }
}
