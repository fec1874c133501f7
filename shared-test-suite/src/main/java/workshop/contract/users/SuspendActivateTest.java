package workshop.contract.users;

import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Endpoints": {@code POST /users/{id}/suspend} answers "200, the user, now suspended", and
 * {@code POST /users/{id}/activate} "200, the user, now active", or 404. "The rules": "Suspending a suspended
 * user, or activating an active one, changes nothing and answers 200." "Bodies": "Suspend and activate take no
 * body: one that is sent is ignored, whatever its type".
 */
@Contract
@DisplayName("POST /users/{id}/suspend and /activate: 200, the user with its new status; 404")
@Tag("step1")
class SuspendActivateTest {

    private final Api api;

    SuspendActivateTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("suspend: 200, the user, now \"suspended\"; activate: 200, the user, now \"active\"; all else stays")
    void switchesTheStatus() {
        User user = Users.create(api);
        User suspended = user.withStatus("suspended");

        assertUser(api.post(user.path() + "/suspend"), suspended);
        assertUser(api.get(user.path()), suspended);
        assertUser(api.post(user.path() + "/activate"), user);
        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("suspending a suspended user, or activating an active one, changes nothing and answers 200")
    void isIdempotent() {
        User user = Users.create(api);

        assertUser(api.post(user.path() + "/activate"), user);
        assertUser(api.post(user.path() + "/suspend"), user.withStatus("suspended"));
        assertUser(api.post(user.path() + "/suspend"), user.withStatus("suspended"));
        assertUser(api.get(user.path()), user.withStatus("suspended"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "text/plain                | garbage, not JSON",
            "application/json          | {\"status\":\"active\"}",
            "application/json          | {not json",
            "application/xml           | <user status=\"active\"/>",
            "application/octet-stream  | \u0000\u00ff"})
    @DisplayName("a body that is sent is ignored, whatever its type")
    void ignoresAnyBody(String contentType, String body) {
        User user = Users.create(api);
        Reply suspended = api.request("POST", user.path() + "/suspend").contentType(contentType).body(body).send();
        Reply activated = api.request("POST", user.path() + "/activate").contentType(contentType).body(body).send();

        assertUser(suspended, user.withStatus("suspended"));
        assertUser(activated, user);
    }

    @Test
    @DisplayName("a body with no Content-Type is ignored too")
    void ignoresABodyWithoutContentType() {
        User user = Users.create(api);

        assertUser(api.request("POST", user.path() + "/suspend").body("{}").send(), user.withStatus("suspended"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"suspend", "activate"})
    @DisplayName("no user with that id: 404 not_found")
    void answersNotFoundForAMissingUser(String action) {
        long id = Users.deletedId(api);

        assertNoUser(api.post("/users/" + id + "/" + action), id);
    }
}
