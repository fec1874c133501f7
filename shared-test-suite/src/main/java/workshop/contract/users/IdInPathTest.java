package workshop.contract.users;

import static workshop.contract.support.Problems.assertNoResource;
import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Ids in paths": "An {@code {id}} is one or more ASCII digits with a value from 1 to 2^63-1;
 * leading zeros are allowed ({@code /users/007} is user 7). Anything else ({@code 0}, a sign, a decimal point,
 * letters, a larger value) names no resource: 404 {@code not_found}, like an unknown path, not 400." "Codes": "no
 * user with id 7" writes "the id as a number".
 */
@Contract
@DisplayName("an {id} is one or more ASCII digits with a value from 1 to 2^63-1; anything else is 404 not_found")
class IdInPathTest {

    private final Api api;

    IdInPathTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("leading zeros are allowed: /users/007 is user 7")
    void allowsLeadingZeros() {
        User user = Users.create(api);
        String padded = "/users/000" + user.id();

        assertUser(api.get(padded), user);
        assertUser(api.post(padded + "/suspend"), user.withStatus("suspended"));
    }

    @Test
    @DisplayName("no user with that id: 404 \"no user with id N\", N as a number, without its leading zeros")
    void namesTheMissingIdAsANumber() {
        long id = Users.deletedId(api);

        assertNoUser(api.get("/users/" + id), id);
        assertNoUser(api.get("/users/00" + id), id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9223372036854775807", "0009223372036854775807"})
    @DisplayName("2^63-1 is a valid id: with no such user it is 404 \"no user with id 9223372036854775807\"")
    void acceptsTheLargestId(String id) {
        String path = "/users/" + id;

        assertNoUser(api.get(path), "9223372036854775807");
        assertNoUser(api.put(path, Users.validBody()), "9223372036854775807");
        assertNoUser(api.delete(path), "9223372036854775807");
        assertNoUser(api.post(path + "/suspend"), "9223372036854775807");
        assertNoUser(api.post(path + "/activate"), "9223372036854775807");
    }

    @ParameterizedTest(name = "/users/{0}")
    @ValueSource(strings = {"0", "000", "-1", "+1", "%2B1", "1.0", "1e3", "0x1F", "abc", "1a", "%201", "1%20",
            "9223372036854775808", "18446744073709551617", "99999999999999999999999",
            "%D9%A3", "%EF%BC%91", "%E0%A5%A7"}) // ٣, １ and १: digits, but not ASCII ones
    @DisplayName("an id that is not ASCII digits of a value from 1 to 2^63-1: 404 \"no resource at this path\"")
    void refusesMalformedIdsOnEveryUserPath(String id) {
        String path = "/users/" + id;

        assertNoResource(api.get(path));
        assertNoResource(api.put(path, Users.validBody()));
        assertNoResource(api.delete(path));
        assertNoResource(api.post(path + "/suspend"));
        assertNoResource(api.post(path + "/activate"));
    }
}
