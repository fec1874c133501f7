package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Browser.form;
import static workshop.contract.support.Browser.path;
import static workshop.contract.support.Browser.status;
import static workshop.contract.support.Browser.submit;
import static workshop.contract.support.Browser.text;
import static workshop.contract.support.Browser.typed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workshop.contract.support.Api;
import workshop.contract.support.Browser;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.UserAssertions;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Paths for people and tools": a refused form shows "the list page again, the form as typed, and a
 * message beside each failing field: 400 invalid, 409 email taken"; "The rules (trimming, lengths, email shape,
 * uniqueness, a suspended user cannot be edited) and the messages are those of the API." The list is "a page of
 * 10 users ordered by {@code id} [...], links to the next and previous pages"; a page that is not there is "a
 * 404 page".
 */
@Contract
@DisplayName("The pages' forms: the API's rules and messages; a refused form shown again as typed, each message"
        + " beside its field; the list a page at a time")
class PageFormsTest {

    private final Api api;

    PageFormsTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "name [{0}], email [{1}]")
    @CsvSource(delimiter = '|', value = {"'' | ada@example.com", "Ada | not an email", "'   ' | ''",
            "Ada\u0001Lovelace | ada@@example.com", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x | ada@example.com"})
    @DisplayName("an invalid form: 400, the list again with what was typed and the API's message beside each field")
    void refusesAnInvalidCreateWithTheApisMessages(String name, String email, Browser browser) {
        HtmlPage refused = submit(form(browser.open("/ui/users"), "/ui/users"), "name", name, "email", email);

        assertThat(status(refused)).as("status of %s", Browser.describe(refused)).isEqualTo(400);
        assertThat(path(refused)).isEqualTo("/ui/users");
        assertThat(typed(refused, "name")).isEqualTo(name);
        assertThat(typed(refused, "email")).isEqualTo(email);
        assertThat(messagesBesideFields(refused)).isEqualTo(apiMessages(api.post("/users", Users.body(name, email))));
    }

    @Test
    @DisplayName("an email another user has: 409, the API's message beside the email, and no user created")
    void refusesATakenEmailBesideTheEmail(Browser browser) {
        User ada = Users.create(api);
        int before = Users.all(api).size();

        HtmlPage refused = submit(form(browser.open("/ui/users"), "/ui/users"), "name", "Other", "email", ada.email());

        assertThat(status(refused)).isEqualTo(409);
        String apiMessage = api.post("/users", Users.body("Other", ada.email())).json().path("detail").asText();
        assertThat(messagesBesideFields(refused)).isEqualTo(Map.of("email", apiMessage));
        assertThat(Users.all(api)).hasSize(before);
    }

    @Test
    @DisplayName("an edit to an email another user has: 409 on the user's page, the form as typed, nothing changed")
    void refusesAnEditToATakenEmail(Browser browser) {
        User ada = Users.create(api);
        User alan = Users.create(api);

        HtmlPage refused = submit(form(browser.open("/ui" + alan.path()), "/ui" + alan.path()),
                "name", "Alan", "email", ada.email());

        assertThat(status(refused)).isEqualTo(409);
        assertThat(text(refused, "//h1")).isEqualTo(alan.name());
        assertThat(typed(refused, "email")).isEqualTo(ada.email());
        assertThat(messagesBesideFields(refused)).containsOnlyKeys("email");
        UserAssertions.assertUser(api.get(alan.path()), alan);
    }

    @Test
    @DisplayName("the list, page after page by its Next links, holds every user once, in id order; Previous goes back")
    void pagesThroughEveryUser(Browser browser) {
        List<Long> before = ids(Users.all(api));
        for (int i = 0; i < 25; i++) {
            Users.create(api);
        }
        List<Long> after = ids(Users.all(api)).subList(before.size(), before.size() + 25); // the 25, and only they

        List<Long> shown = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        HtmlPage page = browser.open("/ui/users?offset=" + before.size());
        while (true) {
            assertThat(status(page)).isEqualTo(200);
            visited.add(page.getUrl().getFile());
            page.<DomNode>getByXPath("//tbody/tr/td[1]").forEach(id -> shown.add(Long.parseLong(id.getTextContent())));
            HtmlAnchor next = page.getFirstByXPath("//a[@rel='next']");
            if (next == null) {
                break;
            }
            page = Browser.follow(next);
        }
        assertThat(shown).as("ids shown, page after page").isEqualTo(after);
        assertThat(visited).as("pages visited").hasSizeGreaterThan(1);
        HtmlPage previous = Browser.follow(page.getFirstByXPath("//a[@rel='prev']"));
        assertThat(previous.getUrl().getFile()).isEqualTo(visited.get(visited.size() - 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/ui/users?offset=-1", "/ui/users?offset=", "/ui/users?offset=x", "/ui/users/abc", "/ui/users/0",
            "/ui/nope"})
    @DisplayName("a page that is not there: a 404 page")
    void answersNotFoundWithAPage(String path, Browser browser) {
        HtmlPage page = browser.open(path);

        assertThat(status(page)).isEqualTo(404);
        assertThat(text(page, "//h1")).isEqualTo("404 Not Found");
    }

    private static List<Long> ids(List<JsonNode> users) {
        return users.stream().map(user -> user.path("id").asLong()).toList();
    }

    /** Each message beside a field of the page's form, by field. */
    private static Map<String, String> messagesBesideFields(HtmlPage page) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String field : List.of("name", "email")) {
            String message = text(page, "//input[@name='" + field + "']/following-sibling::*[1][@class='error']");
            if (message != null) {
                messages.put(field, message);
            }
        }
        return messages;
    }

    /** The messages of the API's 400 for the same input, by field. */
    private static Map<String, String> apiMessages(Reply reply) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (JsonNode error : reply.json().path("errors")) {
            messages.put(error.path("field").asText(), error.path("message").asText());
        }
        return messages;
    }
}
