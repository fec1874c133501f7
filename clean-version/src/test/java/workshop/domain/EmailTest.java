package workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(new Email(" \u00a0Ada@Example.COM\t").value()).isEqualTo("ada@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "first.last+tag@sub.example.org", "jürgen@müller.de", "用户@例子.中国"})
    void takesValidAddresses(String raw) {
        assertThat(new Email(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "@example.com", "ada@", "ada@example", "ada@@example.com",
            "a@b@example.com", "ada@.example.com", "ada@example.com.", "ada@example..com",
            "a da@example.com", "ada@exa\u00a0mple.com", "ada\u0000@example.com", "ada@exam\u007fple.com"})
    void refusesInvalidAddresses(String raw) {
        assertThatThrownBy(() -> new Email(raw))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).containsExactly(Map.entry("email", "must be a valid email address")));
    }

    @Test
    void takesAtMost254Characters() {
        String domain = "@example.com";
        assertThat(new Email("a".repeat(254 - domain.length()) + domain).value()).hasSize(254);
        assertThatThrownBy(() -> new Email("a".repeat(255 - domain.length()) + domain))
                .isInstanceOf(ValidationException.class);
    }
}
