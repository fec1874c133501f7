package workshop.contract.http;

import static workshop.contract.support.Problems.assertMethodNotAllowed;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Headers": "{@code X-HTTP-Method-Override} is ignored too: a request is what its method says."
 * Found by the fuzz run (FuzzTest), which sends the header among its junk headers; Javalin routes by it.
 */
@Contract
@DisplayName("GET /users/{id}: 200, the user; a header does not make a request another method")
class MethodOverrideTest {

    private static final String OVERRIDE = "X-HTTP-Method-Override";

    private final Api api;

    MethodOverrideTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("a GET with X-HTTP-Method-Override: DELETE is a GET: 200, the user, who is still there")
    void aGetIsAGetWhateverTheHeaders() {
        User user = Users.create(api);

        assertUser(api.request("GET", user.path()).header(OVERRIDE, "DELETE").send(), user);
        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("a POST to /users/{id} with X-HTTP-Method-Override: PUT is a POST: 405, and nothing changes")
    void aPostIsAPostWhateverTheHeaders() {
        User user = Users.create(api);

        Reply post = api.request("POST", user.path()).header(OVERRIDE, "PUT").json(user.edited().body()).send();

        assertMethodNotAllowed(post, "POST", "GET", "PUT", "DELETE");
        assertUser(api.get(user.path()), user);
    }
}
