package workshop.contract.users;

import static workshop.contract.support.UserAssertions.assertCreated;
import static workshop.contract.support.UserAssertions.assertUser;

import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "The user": a {@code name} may be in "any script", an {@code email} may hold any character its
 * rules do not refuse ("non-ASCII letters are allowed"), and nothing else is asked of them: text that means
 * something elsewhere is stored and read back as it was sent. SQL, HTML, format strings and lookups are
 * injections only where text is interpreted; here it never is.
 */
@Contract
@DisplayName("name: any script; email: any characters but white space and controls: stored as sent, whatever they mean"
        + " elsewhere")
class VerbatimTextTest {

    private final Api api;

    VerbatimTextTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Robert'); DROP TABLE users;--", "' OR '1'='1", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "%s %n %x %%", "${jndi:ldap://127.0.0.1:1389/a}", "{{7*7}} #{7*7}",
            "../../etc/passwd", "\\\"; --", "&lt;b&gt;&amp;", "\u202Eevil", "NULL", "null"})
    @DisplayName("a name of SQL, HTML, format strings or lookups is stored verbatim: by POST and by PUT, and read back")
    void storesHostileNamesVerbatim(String name) {
        assertStoredVerbatim(name, Users::uniqueEmail);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"robert');drop-table-users;--", "'or'1'='1", "<script>alert(1)</script>", "%s%n%x",
            "${jndi:ldap://127.0.0.1/a}", "\"quoted\"", "a\\b"})
    @DisplayName("an email whose local part is SQL, HTML, a format string or a lookup is stored verbatim too")
    void storesHostileEmailsVerbatim(String localPart) {
        assertStoredVerbatim("Ada", () -> Users.uniqueEmail(localPart));
    }

    private void assertStoredVerbatim(String name, Supplier<String> emails) {
        String email = emails.get();
        User created = assertCreated(api.post("/users", Users.body(name, email)), name, email);
        assertUser(api.get(created.path()), created);

        User edited = Users.create(api).withNameAndEmail(name, emails.get());
        assertUser(api.put(edited.path(), edited.body()), edited);
        assertUser(api.get(edited.path()), edited);
    }
}
