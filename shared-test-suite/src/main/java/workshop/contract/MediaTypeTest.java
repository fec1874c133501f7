package workshop.contract;

import static workshop.contract.Problems.assertUnsupportedMediaType;
import static workshop.contract.UserAssertions.assertCreated;
import static workshop.contract.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@Contract
@DisplayName("a POST or PUT body is accepted when its media type is application/json; otherwise 415")
class MediaTypeTest {

    private final Api api;

    MediaTypeTest(Api api) {
        this.api = api;
    }

    private Reply send(String method, String path, String contentType, String body) {
        return api.request(method, path).contentType(contentType).body(body).send();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "APPLICATION/JSON", "Application/Json",
            "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "application/json; charset=utf-8; foo=bar"})
    @DisplayName("application/json in any letter case and with any parameters is accepted, by POST and by PUT")
    void acceptsApplicationJsonInAnyCaseWithAnyParameters(String contentType) {
        String email = Users.uniqueEmail();
        User user = assertCreated(send("POST", "/users", contentType, Users.body("Ada", email)), "Ada", email);
        User edited = user.edited();

        assertUser(send("PUT", user.path(), contentType, edited.body()), edited);
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

        assertUnsupportedMediaType(send("POST", "/users", contentType, Users.body("Ada", email)));
        assertUnsupportedMediaType(send("PUT", user.path(), contentType, Users.body("Ada", email)));
        assertUser(api.get(user.path()), user);
        assertCreated(api.post("/users", Users.body("Ada", email)), "Ada", email);
    }
}
