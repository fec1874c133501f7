package workshop.contract.users;

import static workshop.contract.support.FieldError.NAME_MUST_BE_1_TO_100_CHARACTERS;
import static workshop.contract.support.FieldError.NAME_MUST_BE_VALID_UNICODE_TEXT;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.UserAssertions.assertCreated;
import static workshop.contract.support.UserAssertions.assertUser;

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
 * docs/API.md, "The user": a {@code name} is a "string; leading and trailing white space removed; then 1 to
 * 100 characters; any script, emoji included; no control characters [...] and no unpaired surrogate". "Lengths
 * count Unicode code points, not UTF-16 units or bytes: 😀 is one character."
 */
@Contract
@DisplayName("name: string; trimmed of white space; 1 to 100 code points; any script; no control characters")
class NameRulesTest {

    private final Api api;

    NameRulesTest(Api api) {
        this.api = api;
    }

    private Reply create(String name) {
        return api.post("/users", Users.body(name, Users.uniqueEmail()));
    }

    private void assertCreatedWithName(String sent, String stored) {
        String email = Users.uniqueEmail();
        assertCreated(api.post("/users", Users.body(sent, email)), stored, email);
    }

    @Test
    @DisplayName("any script, emoji included, is kept as it is sent")
    void keepsAnyScript() {
        String name = "Ада Λάμδα 李小龍 عائشة 👩🏽‍💻";
        String email = Users.uniqueEmail();

        User user = assertCreated(api.post("/users", Users.body(name, email)), name, email);

        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("a name that is empty after trimming is refused: must be 1 to 100 characters")
    void refusesAnEmptyName() {
        assertInvalidBody(create(""), NAME_MUST_BE_1_TO_100_CHARACTERS);
        assertInvalidBody(create(" "), NAME_MUST_BE_1_TO_100_CHARACTERS);
        assertInvalidBody(create(Characters.allWhiteSpace()), NAME_MUST_BE_1_TO_100_CHARACTERS);
    }

    @ParameterizedTest(name = "100 × \"{0}\"")
    @ValueSource(strings = {"a", "é", "語", "😀"})
    @DisplayName("100 code points are accepted, emoji counting one each (not two UTF-16 units, not four bytes)")
    void accepts100CodePoints(String character) {
        String name = character.repeat(100);

        assertCreatedWithName(" " + name + "\u00A0", name);
    }

    @ParameterizedTest(name = "101 × \"{0}\"")
    @ValueSource(strings = {"a", "é", "語", "😀"})
    @DisplayName("101 code points are refused: must be 1 to 100 characters")
    void refuses101CodePoints(String character) {
        assertInvalidBody(create(character.repeat(101)), NAME_MUST_BE_1_TO_100_CHARACTERS);
    }

    @Test
    @DisplayName("lengths count code points, not what a reader sees: 25 × 👩🏽‍💻 (4 code points each) is 100")
    void acceptsAHundredCodePointsOfEmojiSequences() {
        String name = "👩🏽‍💻".repeat(25);

        assertCreatedWithName(name, name);
    }

    @Test
    @DisplayName("lengths count code points, not what a reader sees: 25 × 👩🏽‍💻 and one letter is 101")
    void refusesAHundredAndOneCodePointsOfEmojiSequences() {
        assertInvalidBody(create("👩🏽‍💻".repeat(25) + "a"), NAME_MUST_BE_1_TO_100_CHARACTERS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\ud800", "Ada\\udc00", "\\udbffAda", "\\ude00\\ud83d"})
    @DisplayName("a name with an unpaired surrogate escape is refused: must be valid Unicode text")
    void refusesUnpairedSurrogates(String escapedName) {
        String body = Users.rawBody("\"" + escapedName + "\"", Json.write(Users.uniqueEmail()));

        assertInvalidBody(api.post("/users", body), NAME_MUST_BE_VALID_UNICODE_TEXT);
    }

    @Test
    @DisplayName("a surrogate pair written as two escapes is one emoji, and accepted")
    void acceptsAnEscapedSurrogatePair() {
        String email = Users.uniqueEmail();
        String body = Users.rawBody("\"\\ud83d\\ude00\"", Json.write(email));

        assertCreated(api.post("/users", body), "😀", email);
    }
}
