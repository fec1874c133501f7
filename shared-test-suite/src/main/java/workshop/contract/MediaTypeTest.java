package workshop.contract;

import static workshop.contract.Problems.assertUnsupportedMediaType;
import static workshop.contract.UserAssertions.assertCreated;
import static workshop.contract.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Contract
@DisplayName("a POST or PUT body is accepted when its media type is application/json; otherwise 415")
class MediaTypeTest {

    private final Api api;

    MediaTypeTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "APPLICATION/JSON", "Application/Json", "application/json; charset=utf-8",
            "application/json;charset=UTF-8", "application/json; charset=utf-8; foo=bar"})
    @DisplayName("application/json in any letter case and with any parameters is accepted")
    void acceptsApplicationJsonInAnyCaseWithAnyParameters(String contentType) {
        String email = Users.uniqueEmail();
        Reply reply = api.request("POST", "/users").contentType(contentType).body(Users.body("Ada", email)).send();

        assertCreated(reply, "Ada", email);
    }

    @Test
    @DisplayName("POST without a Content-Type: 415 unsupported_media_type")
    void refusesAPostWithoutContentType() {
        assertUnsupportedMediaType(api.request("POST", "/users").body(Users.validBody()).send());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain", "application/xml", "application/jsonx", "application/problem+json", "text/json",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json-patch+json"})
    @DisplayName("POST whose Content-Type is not application/json: 415 unsupported_media_type")
    void refusesAPostOfAnotherMediaType(String contentType) {
        assertUnsupportedMediaType(api.request("POST", "/users").contentType(contentType).body(Users.validBody()).send());
    }

    @ParameterizedTest(name = "Content-Type: \"{0}\"")
    @ValueSource(strings = {"", "text/plain", "application/jsonx"})
    @DisplayName("PUT whose Content-Type is missing or not application/json: 415, and the user is unchanged")
    void refusesAPutOfAnotherMediaType(String contentType) {
        User user = Users.create(api);
        Api.Request put = api.request("PUT", user.path()).body(Users.validBody());

        assertUnsupportedMediaType((contentType.isEmpty() ? put : put.contentType(contentType)).send());
        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("PUT with APPLICATION/JSON; charset=utf-8 is accepted")
    void acceptsAPutOfApplicationJsonInAnotherCase() {
        User user = Users.create(api);
        User edited = user.withNameAndEmail("Grace", Users.uniqueEmail());
        Api.Request put = api.request("PUT", user.path()).contentType("APPLICATION/JSON; charset=utf-8");

        assertUser(put.body(Users.body(edited.name(), edited.email())).send(), edited);
    }
}
