package workshop.contract.http;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Browser.form;
import static workshop.contract.support.Browser.status;
import static workshop.contract.support.Browser.submit;
import static workshop.contract.support.Browser.text;
import static workshop.contract.support.Browser.typed;

import java.util.List;
import java.util.regex.Pattern;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Browser;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.UserAssertions;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Paths for people and tools": "Every value a user typed is HTML-escaped wherever it is shown."
 * "A {@code POST} under {@code /ui/} whose {@code Origin} header names another origin than the request's own, or
 * whose {@code Sec-Fetch-Site} is {@code cross-site}, is refused with a 403 page and changes nothing"; "nothing is
 * loaded from another site"; "An error on a page path [...] is an HTML page with that status, never a stack
 * trace."
 */
@Contract
@DisplayName("The pages are safe: what a user typed shows as text, a form from another site changes nothing,"
        + " nothing loads from elsewhere, and every error is a page, never a stack trace")
class PageSafetyTest {

    private final Api api;

    PageSafetyTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
            "</textarea><b>bold</b>", "&lt;already escaped&gt; &amp;"})
    @DisplayName("a name that is markup shows as text on the list, on the user's page, in its form, and when refused")
    void showsMarkupAsText(String name, Browser browser) {
        HtmlPage created = submit(form(browser.open("/ui/users"), "/ui/users"), "name", name, "email", Users.uniqueEmail());
        assertThat(status(created)).isEqualTo(200);
        assertThat(text(created, "//h1")).isEqualTo(name);
        assertThat(typed(created, "name")).isEqualTo(name);
        assertNoMarkupOfTheUser(created);

        HtmlPage list = browser.open("/ui/users?offset=" + (Users.all(api).size() - 1));
        assertThat(text(list, "//tbody/tr[1]/td[2]")).isEqualTo(name);
        assertNoMarkupOfTheUser(list);

        HtmlPage refused = submit(form(list, "/ui/users"), "name", name, "email", name);
        assertThat(status(refused)).isEqualTo(400);
        assertThat(typed(refused, "email")).isEqualTo(name);
        assertNoMarkupOfTheUser(refused);
    }

    @Test
    @DisplayName("a form posted from another site's page: 403 page, and no user created")
    void refusesAFormFromAnotherSite(Browser browser) {
        String email = Users.uniqueEmail();
        HtmlPage attacker = browser.openElsewhere("<form method='post' action='" + api.baseUrl() + "/ui/users'>"
                + "<input name='name' value='Mallory'><input name='email' value='" + email + "'><button>Go</button></form>");

        HtmlPage refused = Browser.press(attacker.getForms().get(0));

        assertThat(status(refused)).isEqualTo(403);
        assertThat(text(refused, "//h1")).isEqualTo("403 Forbidden");
        assertThat(Users.all(api)).noneMatch(user -> user.path("email").asText().equals(email));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Origin: http://attacker.example", "Origin: null", "Origin: https://127.0.0.1",
            "Sec-Fetch-Site: cross-site"})
    @DisplayName("a POST under /ui/ from another origin, or said to be cross-site: 403 page, nothing changed")
    void refusesCrossSiteHeaders(String header) {
        User user = Users.create(api);
        String[] nameAndValue = header.split(": ", 2);

        Reply reply = api.request("POST", "/ui" + user.path() + "/suspend")
                .header(nameAndValue[0], nameAndValue[1]).send();

        assertPage(reply, 403);
        UserAssertions.assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("a POST from the app's own origin, or from a client that names none: served")
    void servesItsOwnFormsAndClientsThatAreNotBrowsers() {
        User user = Users.create(api);

        Reply own = api.request("POST", "/ui" + user.path() + "/suspend").header("Origin", api.baseUrl())
                .header("Sec-Fetch-Site", "same-origin").send();
        Reply plain = api.request("POST", "/ui" + user.path() + "/activate").send();

        assertThat(own.status()).isEqualTo(303);
        assertThat(plain.status()).isEqualTo(303);
        UserAssertions.assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("the pages load nothing from another site: every link, form and style sheet is the app's own")
    void loadNothingFromElsewhere(Browser browser) {
        User user = Users.create(api);
        for (String path : List.of("/ui/users", "/ui" + user.path())) {
            HtmlPage page = browser.open(path);
            List<String> addresses = page.<DomElement>getByXPath("//*[@href or @src or @action]").stream()
                    .map(element -> element.getAttribute("href") + element.getAttribute("src") + element.getAttribute("action"))
                    .toList();
            assertThat(addresses).as("addresses on %s", path).allMatch(address -> address.startsWith("/"));
        }
        Reply style = api.get("/ui/style.css");
        assertThat(style.status()).isEqualTo(200);
        assertThat(style.contentType()).startsWith("text/css");
    }

    @Test
    @DisplayName("an error on a page path is an HTML page with its status: 404, 405 (with Allow), 413, 415, 400")
    void answersErrorsWithPages() {
        User user = Users.create(api);
        String form = "application/x-www-form-urlencoded";

        assertPage(api.get("/ui/nope"), 404);
        Reply notAllowed = api.request("PUT", "/ui/users").contentType(form).body("").send();
        assertPage(notAllowed, 405);
        assertThat(notAllowed.allowedMethods()).containsExactlyInAnyOrder("GET", "POST");
        assertPage(api.request("POST", "/ui/users").contentType(form).body("name=" + "a".repeat(16_400)).send(), 413);
        assertPage(api.request("POST", "/ui" + user.path()).json(user.body()).send(), 415);
        assertPage(api.request("POST", "/ui/users").contentType(form).body("name=%zz&email=x").send(), 400);
        UserAssertions.assertUser(api.get(user.path()), user);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "&&&", "=", "%00=%00", "name=%ff%fe&email=x", "name=%e2%82&email=x", "name=a%",
            "name=Ada&name=Bob&email=ada@example.com&email=bob@example.com", "name=%0d%0a&email=%0d%0a",
            "name=%ed%a0%80&email=x", "email=a@b.co&unknown=1", "name=+++&email=+a@b.co+"})
    @DisplayName("no form body, however malformed, makes a page answer 500")
    void neverAnswers500ToAForm(String body) {
        Reply reply = api.request("POST", "/ui/users").contentType("application/x-www-form-urlencoded").body(body).send();

        assertThat(reply.status()).as("status of %s", reply).isBetween(200, 499);
        assertThat(reply.text()).doesNotContainPattern("Exception|\\tat ");
    }

    /** An HTML page, {@code text/html; charset=utf-8}, with that status, that leaks nothing of the server. */
    static void assertPage(Reply reply, int status) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.contentType()).as("Content-Type").matches(Pattern.compile("text/html; ?charset=utf-8",
                Pattern.CASE_INSENSITIVE));
        assertThat(reply.text()).startsWith("<!DOCTYPE html>").doesNotContainPattern("Exception|\\tat |SQL");
        assertThat(reply.text()).contains("<h1>" + status + " ");
    }

    /** No element that a name could have brought: its markup is text. */
    private static void assertNoMarkupOfTheUser(HtmlPage page) {
        assertThat(page.getByXPath("//script | //img | //svg | //b | //textarea")).as("elements on %s",
                Browser.describe(page)).isEmpty();
    }
}
