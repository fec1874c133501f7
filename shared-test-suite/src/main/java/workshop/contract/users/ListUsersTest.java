package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.UserAssertions.assertJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Json;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Endpoints": {@code GET /users?limit=L&offset=O} answers "200, a JSON array of users ordered by
 * {@code id} ascending". "Listing": {@code limit} is how many users at most, "100 when absent"; {@code offset} is
 * how many to skip, "0 when absent"; "An offset past the last user gives {@code []}"; "Other query parameters are
 * ignored".
 */
@Contract
@DisplayName("GET /users?limit=L&offset=O: 200, a JSON array of users ordered by id ascending")
class ListUsersTest {

    private final Api api;

    ListUsersTest(Api api) {
        this.api = api;
    }

    private static List<Long> ids(List<JsonNode> users) {
        return users.stream().map(user -> user.path("id").asLong()).toList();
    }

    private List<Long> idsOf(String path) {
        Reply reply = api.get(path);
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.json().isArray()).as("%s is an array", reply).isTrue();
        return ids(Json.elements(reply.json()));
    }

    @Test
    @DisplayName("a JSON array of users, each exactly as GET /users/{id} shows it, ordered by id ascending")
    void listsEveryUserInIdOrder() {
        List<User> mine = List.of(Users.create(api), Users.createSuspended(api), Users.create(api));

        List<JsonNode> all = Users.all(api);

        assertThat(ids(all)).isSorted().doesNotHaveDuplicates();
        assertThat(all.stream().map(Json::write)).containsSubsequence(mine.stream().map(User::json).toList());
    }

    @Test
    @DisplayName("the array is compact JSON, with exactly Content-Type: application/json")
    void answersCompactJson() {
        Users.create(api);
        Reply reply = api.get("/users?limit=2");

        assertJson(reply, Json.write(reply.json()));
    }

    @Test
    @DisplayName("limit defaults to 100 and offset to 0")
    void defaultsToTheFirstHundred() {
        int missing = 101 - Users.all(api).size();
        for (int i = 0; i < missing; i++) {
            Users.create(api);
        }

        List<Long> first = ids(Users.all(api)).subList(0, 100);

        assertThat(idsOf("/users")).isEqualTo(first);
        assertThat(idsOf("/users?offset=0")).isEqualTo(first);
        assertThat(idsOf("/users?limit=100")).isEqualTo(first);
    }

    @Test
    @DisplayName("limit and offset select a window of the id order")
    void selectsAWindow() {
        User user = Users.create(api);
        Users.create(api);
        Users.create(api);
        List<Long> all = ids(Users.all(api));
        int offset = all.indexOf(user.id());

        assertThat(idsOf("/users?limit=2&offset=" + offset)).isEqualTo(all.subList(offset, offset + 2));
        assertThat(idsOf("/users?limit=1&offset=" + (offset + 2))).containsExactly(all.get(offset + 2));
        assertThat(idsOf("/users?limit=1000")).isEqualTo(all.subList(0, Math.min(all.size(), 1000)));
    }

    @ParameterizedTest(name = "offset={0}")
    @ValueSource(strings = {"1000000000", "9223372036854775807"})
    @DisplayName("an offset past the last user, up to 2^63-1, gives []")
    void givesAnEmptyArrayPastTheEnd(String offset) {
        assertJson(api.get("/users?offset=" + offset), "[]");
        assertJson(api.get("/users?limit=1000&offset=" + offset), "[]");
    }

    @Test
    @DisplayName("other query parameters are ignored")
    void ignoresOtherParameters() {
        Users.create(api);
        Users.create(api);

        assertThat(idsOf("/users?sort=desc&limit=2&page=abc&offset=0&id=1&q=")).isEqualTo(idsOf("/users?limit=2"));
    }
}
