package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Problems.assertNoResource;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Paths": "One trailing slash is ignored ({@code /users/} is {@code /users}, {@code /users/7/}
 * is {@code /users/7}); paths are otherwise matched exactly and case-sensitively ({@code /Users} is unknown)."
 * An unknown path is 404 {@code not_found}, "no resource at this path".
 */
@Contract
@DisplayName("one trailing slash is ignored; paths are otherwise matched exactly and case-sensitively")
class PathMatchingTest {

    private final Api api;

    PathMatchingTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /index.html", "GET, /nope", "POST, /nope", "DELETE, /nope", "GET, /Users", "GET, /USERS", "POST, /Users",
            "GET, /Health", "GET, /health/up", "GET, /userss", "GET, /users.json", "GET, /users/1/nope",
            "DELETE, /users/1/nope", "POST, /users/1/Suspend", "POST, /users/1/ACTIVATE", "POST, /users/1/suspend/now",
            "GET, /api/users", "PATCH, /nope"})
    @DisplayName("any unknown path, whatever the method: 404 \"no resource at this path\"")
    void answersNotFoundForUnknownPaths(String method, String path) {
        assertNoResource(api.send(method, path, Users.validBody()));
    }

    @Test
    @DisplayName("GET /users/ is GET /users")
    void listsWithATrailingSlash() {
        Users.create(api);

        Reply withSlash = api.get("/users/?limit=3");

        assertThat(withSlash.status()).isEqualTo(200);
        assertThat(withSlash.contentType()).isEqualTo("application/json");
        assertThat(withSlash.text()).isEqualTo(api.get("/users?limit=3").text());
    }

    @Test
    @DisplayName("GET, PUT, suspend, activate and DELETE of /users/{id}/ are those of /users/{id}")
    void servesEveryUserPathWithATrailingSlash() {
        User user = Users.create(api);
        User edited = user.edited();

        assertUser(api.get(user.path() + "/"), user);
        assertUser(api.put(user.path() + "/", edited.body()), edited);
        assertUser(api.post(user.path() + "/suspend/"), edited.withStatus("suspended"));
        assertUser(api.post(user.path() + "/activate/"), edited);
        assertThat(api.delete(user.path() + "/").status()).isEqualTo(204);
    }
}
