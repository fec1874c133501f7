package workshop.contract;

import static workshop.contract.FieldError.nameControlCharacter;
import static workshop.contract.FieldError.nameLength;
import static workshop.contract.FieldError.nameNotUnicode;
import static workshop.contract.Problems.assertInvalidBody;
import static workshop.contract.UserAssertions.assertCreated;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Contract
@DisplayName("name: string; trimmed of white space; 1 to 100 code points; any script; no control characters")
class NameRulesTest {

    /** Every character with Unicode's White_Space property. */
    static final String WHITE_SPACE = "\t\n\u000B\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
            + "\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

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

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0009", "000A", "000B", "000C", "000D", "0020", "0085", "00A0", "1680", "2000", "2007",
            "200A", "2028", "2029", "202F", "205F", "3000"})
    @DisplayName("leading and trailing White_Space is removed, tabs and no-break spaces included")
    void trimsEachWhiteSpaceCharacter(String hex) {
        String space = Character.toString(Integer.parseInt(hex, 16));

        assertCreatedWithName(space + space + "Ada Lovelace" + space, "Ada Lovelace");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "2060", "FEFF", "180E"})
    @DisplayName("characters without the White_Space property (zero-width spaces...) are not trimmed")
    void keepsCharactersThatAreNotWhiteSpace(String hex) {
        String invisible = Character.toString(Integer.parseInt(hex, 16));

        assertCreatedWithName(invisible + "Ada" + invisible, invisible + "Ada" + invisible);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", WHITE_SPACE})
    @DisplayName("a name that is empty after trimming is refused: must be 1 to 100 characters")
    void refusesAnEmptyName(String name) {
        assertInvalidBody(create(name), nameLength());
    }

    @ParameterizedTest(name = "100 × \"{0}\"")
    @ValueSource(strings = {"a", "é", "語", "😀"})
    @DisplayName("100 code points are accepted, emoji counting one each (not two UTF-16 units, not bytes)")
    void accepts100CodePoints(String character) {
        String name = character.repeat(100);

        assertCreatedWithName(" " + name + "\u00A0", name);
    }

    @ParameterizedTest(name = "101 × \"{0}\"")
    @ValueSource(strings = {"a", "é", "語", "😀"})
    @DisplayName("101 code points are refused: must be 1 to 100 characters")
    void refuses101CodePoints(String character) {
        assertInvalidBody(create(character.repeat(101)), nameLength());
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
        assertInvalidBody(create("👩🏽‍💻".repeat(25) + "a"), nameLength());
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "0009", "000A", "000D", "001B", "001F", "007F", "0080", "0085", "009F"})
    @DisplayName("a control character (U+0000 to U+001F, U+007F to U+009F) inside the name is refused")
    void refusesAControlCharacterInside(String hex) {
        String control = Character.toString(Integer.parseInt(hex, 16));

        assertInvalidBody(create("Ada" + control + "Lovelace"), nameControlCharacter());
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"001C", "001D", "001E", "001F"})
    @DisplayName("U+001C to U+001F are control characters, not White_Space: at the ends they are refused too")
    void refusesSeparatorControlsAtTheEnds(String hex) {
        String control = Character.toString(Integer.parseInt(hex, 16));

        assertInvalidBody(create(control + "Ada" + control), nameControlCharacter());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\ud800", "Ada\\udc00", "\\udbffAda", "\\ude00\\ud83d"})
    @DisplayName("a name with an unpaired surrogate escape is refused: must be valid Unicode text")
    void refusesUnpairedSurrogates(String escapedName) {
        String body = Users.rawBody("\"" + escapedName + "\"", Json.write(Users.uniqueEmail()));

        assertInvalidBody(api.post("/users", body), nameNotUnicode());
    }

    @Test
    @DisplayName("a surrogate pair written as two escapes is one emoji, and accepted")
    void acceptsAnEscapedSurrogatePair() {
        String email = Users.uniqueEmail();
        String body = Users.rawBody("\"\\ud83d\\ude00\"", Json.write(email));

        assertCreated(api.post("/users", body), "😀", email);
    }
}
