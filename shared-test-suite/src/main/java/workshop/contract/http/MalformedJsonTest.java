package workshop.contract.http;

import static workshop.contract.support.Problems.assertMalformedJson;
import static workshop.contract.support.UserAssertions.assertUser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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
 * docs/API.md, "Codes": 400 {@code malformed_json}, "the request body is not a well-formed JSON object", when
 * "the body is empty, is not UTF-8, is not JSON, has anything but JSON white space (space, tab, CR, LF) after the
 * value, repeats a member name in any object, or is JSON but not an object".
 */
@Contract
@DisplayName("400 malformed_json: empty, not UTF-8, not parseable, trailing content, repeated member, not an object")
class MalformedJsonTest {

    private static final String VALID = "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}";

    private final Api api;

    MalformedJsonTest(Api api) {
        this.api = api;
    }

    private Reply create(String body) {
        return api.post("/users", body);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\r\n\t "})
    @DisplayName("an empty body, or one of white space only")
    void refusesAnEmptyBody(String body) {
        assertMalformedJson(create(body));
    }

    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"ff", "80", "c3", "c0af", "e282", "eda080", "edbfbf", "f4908080", "f888808080"})
    @DisplayName("a body that is not UTF-8: a stray or missing byte, an overlong form, a surrogate, above U+10FFFF")
    void refusesABodyThatIsNotUtf8(String hexBytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"Ada".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(HexFormat.of().parseHex(hexBytes));
        body.writeBytes(("\",\"email\":" + Json.write(Users.uniqueEmail()) + "}").getBytes(StandardCharsets.UTF_8));

        assertMalformedJson(api.request("POST", "/users").contentType("application/json").body(body.toByteArray())
                .send());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{", "{\"name\":\"Ada\"", "{\"name\":\"Ada\",}", "{name:\"Ada\"}", "{'name':'Ada'}",
            "{\"name\":\"Ada\" \"email\":\"ada@example.com\"}", "{\"name\":01}", "{\"name\":+1}", "{\"name\":.5}",
            "{\"name\":NaN}", "{\"name\":undefined}", "{\"name\":\"Ada\"/* note */}", "{\"name\":\"A\\xda\"}",
            "{\"name\":\"\\u12\"}", "{\"name\":\"A\tda\"}", "{\"name\":\"A\nda\"}", "\u00A0" + VALID, "\f" + VALID})
    @DisplayName("a body that is not parseable JSON (JSON has no comments, single quotes, trailing commas...)")
    void refusesUnparseableJson(String body) {
        assertMalformedJson(create(body));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {VALID + " x", VALID + VALID, VALID + "]", VALID + "}", VALID + ",", VALID + "\f",
            VALID + "\u00A0", VALID + "\u000B", VALID + "\u0000", VALID + " // note", VALID + " null"})
    @DisplayName("anything but JSON white space (space, tab, CR, LF) after the JSON value")
    void refusesTrailingContent(String body) {
        assertMalformedJson(create(body));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"name\":\"Ada\",\"name\":\"Bob\",\"email\":\"ada@example.com\"}",
            "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"email\":\"ada@example.com\"}",
            "{\"name\":\"Ada\",\"n\\u0061me\":\"Bob\",\"email\":\"ada@example.com\"}",
            "{\"x\":1,\"x\":2,\"name\":\"Ada\",\"email\":\"ada@example.com\"}",
            "{\"name\":{\"a\":1,\"a\":2},\"email\":\"ada@example.com\"}",
            "{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"x\":[{\"k\":1},{\"k\":1,\"k\":2}]}"})
    @DisplayName("a body that repeats a member name in any object, at the top or nested")
    void refusesRepeatedMemberNames(String body) {
        assertMalformedJson(create(body));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[" + VALID + "]", "\"Ada\"", "42", "-1.5", "null", "true", "false"})
    @DisplayName("JSON that is not an object: an array, a string, a number, null, a boolean")
    void refusesJsonThatIsNotAnObject(String body) {
        assertMalformedJson(create(body));
    }

    @Test
    @DisplayName("PUT reads its body by the same rules, and the user is left unchanged")
    void putRefusesMalformedBodiesToo() {
        User user = Users.create(api);

        for (String body : List.of("", "[]", VALID + " x", "{\"name\":\"A\",\"name\":\"B\",\"email\":\"a@b.co\"}")) {
            assertMalformedJson(api.put(user.path(), body));
        }
        assertUser(api.get(user.path()), user);
    }
}
