package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Browser.form;
import static workshop.contract.support.Browser.path;
import static workshop.contract.support.Browser.press;
import static workshop.contract.support.Browser.status;
import static workshop.contract.support.Browser.submit;
import static workshop.contract.support.Browser.text;
import static workshop.contract.support.Browser.typed;
import static workshop.contract.support.UserAssertions.assertUser;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Browser;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Paths for people and tools": {@code GET /} answers "303 to {@code /ui/users}", the list of users
 * with "a form to create a user"; a user's page has "a form to edit the name and email, a button to suspend or to
 * activate, a button to delete"; "every page works without JavaScript". What a person does on the pages is what
 * the API then shows.
 */
@Contract
@DisplayName("The pages: a person creates, edits, suspends, activates and deletes a user in a browser without"
        + " JavaScript, and each change is the API's")
class PagesTest {

    private final Api api;

    PagesTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("GET /: 303 to /ui/users")
    void theWayInIsTheListOfUsers() {
        Reply reply = api.get("/");

        assertThat(reply.status()).as("status of %s", reply).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/users");
    }

    @Test
    @DisplayName("create, edit, suspend, a refused edit (the API's 409 message), activate, delete: each as the API"
            + " then shows it")
    void aUserFromCreationToDeletion(Browser browser) {
        HtmlPage list = browser.open("/");
        assertThat(path(list)).isEqualTo("/ui/users");
        String email = Users.uniqueEmail();

        HtmlPage created = submit(form(list, "/ui/users"), "name", "  Ada Lovelace ", "email", email.toUpperCase());
        assertThat(path(created)).as("after a create").matches("/ui/users/\\d+");
        long id = Long.parseLong(path(created).replace("/ui/users/", ""));
        String createdAt = api.get("/users/" + id).json().path("createdAt").asText();
        User ada = new User(id, "Ada Lovelace", email, "active", createdAt);
        assertUser(api.get(ada.path()), ada);
        assertShows(created, ada);

        User king = ada.withNameAndEmail("Ada King", Users.uniqueEmail());
        HtmlPage edited = submit(form(created, "/ui" + ada.path()), "name", king.name(), "email", king.email());
        assertThat(path(edited)).isEqualTo("/ui" + ada.path());
        assertUser(api.get(ada.path()), king);
        assertShows(edited, king);

        HtmlPage suspended = press(form(edited, "/ui" + ada.path() + "/suspend"));
        assertUser(api.get(ada.path()), king.withStatus("suspended"));
        assertShows(suspended, king.withStatus("suspended"));

        HtmlPage refused = submit(form(suspended, "/ui" + ada.path()), "name", "Someone Else", "email", "else@example.com");
        assertThat(status(refused)).isEqualTo(409);
        String apiMessage = api.put(ada.path(), Users.body("Someone Else", "else@example.com")).json().path("detail").asText();
        assertThat(text(refused, "//p[@role='alert']")).as("the refusal").isEqualTo(apiMessage);
        assertThat(typed(refused, "name")).isEqualTo("Someone Else");
        assertThat(typed(refused, "email")).isEqualTo("else@example.com");
        assertUser(api.get(ada.path()), king.withStatus("suspended"));

        HtmlPage activated = press(form(refused, "/ui" + ada.path() + "/activate"));
        assertUser(api.get(ada.path()), king);
        assertShows(activated, king);

        HtmlPage afterDelete = press(form(activated, "/ui" + ada.path() + "/delete"));
        assertThat(path(afterDelete)).isEqualTo("/ui/users");
        assertThat(api.get(ada.path()).status()).isEqualTo(404);
        assertThat(status(browser.open("/ui" + ada.path()))).isEqualTo(404);
    }

    /** The user's page shows the user as the API does, and its form holds the user's name and email. */
    private static void assertShows(HtmlPage page, User user) {
        assertThat(status(page)).as("status of %s", Browser.describe(page)).isEqualTo(200);
        assertThat(text(page, "//h1")).isEqualTo(user.name());
        assertThat(text(page, "//dd[preceding-sibling::dt[1]='email']")).isEqualTo(user.email());
        assertThat(text(page, "//dd[preceding-sibling::dt[1]='status']")).isEqualTo(user.status());
        assertThat(text(page, "//dd[preceding-sibling::dt[1]='created']")).isEqualTo(user.createdAt());
        assertThat(typed(page, "name")).isEqualTo(user.name());
        assertThat(typed(page, "email")).isEqualTo(user.email());
    }
}
