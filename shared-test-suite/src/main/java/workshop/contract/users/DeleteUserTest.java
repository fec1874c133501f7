package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.UserAssertions.assertCreated;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Endpoints": {@code DELETE /users/{id}} answers "204, no body", or 404. "The rules": "A user
 * can be deleted in any status."
 */
@Contract
@DisplayName("DELETE /users/{id}: 204, no body; 404")
class DeleteUserTest {

    private final Api api;

    DeleteUserTest(Api api) {
        this.api = api;
    }

    private static void assertNoContent(Reply reply) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(204);
        assertThat(reply.bytes()).as("body").isEmpty();
    }

    @Test
    @DisplayName("204 with no body; the user is then 404, on GET and on a second DELETE")
    void deletesTheUser() {
        User user = Users.create(api);

        assertNoContent(api.delete(user.path()));
        assertNoUser(api.get(user.path()), user.id());
        assertNoUser(api.delete(user.path()), user.id());
    }

    @Test
    @DisplayName("a user can be deleted in any status: a suspended one too")
    void deletesASuspendedUser() {
        User user = Users.createSuspended(api);

        assertNoContent(api.delete(user.path()));
        assertNoUser(api.get(user.path()), user.id());
    }

    @Test
    @DisplayName("a deleted user leaves the list")
    void leavesTheList() {
        User user = Users.create(api);

        assertNoContent(api.delete(user.path()));

        assertThat(Users.all(api)).noneMatch(listed -> listed.path("id").asLong() == user.id());
    }

    @Test
    @DisplayName("a deleted user's email is free again: emails are unique among the users there are")
    void freesTheEmail() {
        User user = Users.create(api);
        assertNoContent(api.delete(user.path()));

        User again = assertCreated(api.post("/users", Users.body("Ada", user.email())), "Ada", user.email());

        assertThat(again.id()).as("a new id, never a reused one").isGreaterThan(user.id());
    }
}
