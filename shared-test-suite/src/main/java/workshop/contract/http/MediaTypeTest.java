package workshop.contract.http;

import static workshop.contract.support.Problems.assertUnsupportedMediaType;
import static workshop.contract.support.UserAssertions.assertCreated;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Bodies": "A {@code POST /users} or {@code PUT} body is read when its media type is
 * {@code application/json}, in any letter case and with any parameters". "Codes": otherwise 415
 * {@code unsupported_media_type}, "the request body must be application/json".
 */
@Contract
@DisplayName("a POST or PUT body is accepted when its media type is application/json; otherwise 415")
class MediaTypeTest {

    private final Api api;

    MediaTypeTest(Api api) {
        this.api = api;
    }

    /** POST /users of a new user, Ada, with that email, the body sent as that media type (none when null). */
    private Reply createAda(String contentType, String email) {
        return api.send("POST", "/users", contentType, Users.body("Ada", email));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "APPLICATION/JSON", "Application/Json",
            "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "application/json; charset=utf-8; foo=bar"})
    @DisplayName("application/json in any letter case and with any parameters is accepted, by POST and by PUT")
    void acceptsApplicationJsonInAnyCaseWithAnyParameters(String contentType) {
        String email = Users.uniqueEmail();
        User user = assertCreated(createAda(contentType, email), "Ada", email);
        User edited = user.edited();

        assertUser(api.send("PUT", user.path(), contentType, edited.body()), edited);
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"text/plain", "application/xml", "application/jsonx", "application/problem+json",
            "text/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json-patch+json"})
    @DisplayName("POST or PUT whose Content-Type is missing or not application/json: 415, and nothing changes")
    void refusesAnotherMediaType(String contentType) {
        User user = Users.create(api);
        String email = Users.uniqueEmail();

        assertUnsupportedMediaType(createAda(contentType, email));
        assertUnsupportedMediaType(api.send("PUT", user.path(), contentType, Users.body("Ada", email)));
        assertUser(api.get(user.path()), user);
        assertCreated(api.post("/users", Users.body("Ada", email)), "Ada", email);
    }
}
