package workshop.contract.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import workshop.contract.support.Bodies;
import workshop.contract.support.FuzzRandom;
import workshop.contract.support.Json;
import workshop.contract.support.Users;

/**
 * The fuzz run's bodies: valid ones (so that some requests are accepted and the data can be checked), user bodies
 * with mutations, valid JSON of the wrong shape, JSON-ish text, random bytes, and big or deeply nested values.
 */
final class FuzzBodies {

    private static final String[] NAMES = {"Ada", " Ada Lovelace\u00A0", "Robert'); DROP TABLE users;--",
            "<script>alert(1)</script>", "%s %n %x", "${jndi:ldap://127.0.0.1/a}", "👩🏽‍💻", "", "   ", "Ada\u0000",
            "\u202Eevil", "Ada\u0085", "a".repeat(100), "a".repeat(101)};

    private final FuzzRandom random;
    private final FuzzJson json;
    /**
     * In every email the run makes, so that its users are told apart from anyone else's on a live server. Not drawn
     * from the seed: a replay on a live server must make new users, not meet the emails of the run it replays.
     */
    private final String marker = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
    private final FuzzLedger ledger;
    private int emails;

    FuzzBodies(FuzzRandom random, FuzzLedger ledger) {
        this.random = random;
        this.json = new FuzzJson(random);
        this.ledger = ledger;
    }

    String marker() {
        return marker;
    }

    byte[] next() {
        return switch (random.below(10)) {
            case 0, 1, 2 -> utf8(Users.body(random.percent(50) ? Users.NAME : random.pick(NAMES), email()));
            case 3, 4, 5 -> utf8(mutated());
            case 6 -> utf8(json.value(3));
            case 7 -> utf8(json.jsonIsh());
            case 8 -> notUtf8();
            default -> utf8(big());
        };
    }

    /** Mostly a new email of the run; else one that a user of the run has, maybe in upper case. */
    private String email() {
        Optional<String> taken = random.percent(30) ? ledger.anyEmail(random) : Optional.empty();
        if (taken.isEmpty()) {
            return marker + "-" + emails++ + "@example.com";
        }
        return random.percent(50) ? taken.get() : taken.get().toUpperCase(Locale.ROOT);
    }

    /** A user body with a member dropped, added or repeated, a value of another type, or its text damaged. */
    private String mutated() {
        List<String> members = new ArrayList<>(List.of(
                "\"name\":" + (random.percent(70) ? Json.write(random.pick(NAMES)) : json.value(2)),
                "\"email\":" + (random.percent(70) ? Json.write(email()) : json.value(2))));
        switch (random.below(4)) {
            case 0 -> members.remove(random.below(2));
            case 1 -> members.add(random.below(3), json.member(1));
            case 2 -> members.add(random.pick(members));
            default -> members.add(0, members.remove(1));
        }
        String text = "{" + String.join(",", members) + "}";
        int at = random.below(text.length());
        return switch (random.below(6)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + json.jsonIsh() + text.substring(at);
            case 2 -> text + random.pick(" ", "\r\n\t", " x", "}", ",", "\u00A0", "\u0000", text);
            case 3 -> "[" + text + "]";
            default -> text;
        };
    }

    /** Random bytes, or a user body with bytes that are not UTF-8 inside the name, or no body at all. */
    private byte[] notUtf8() {
        return switch (random.below(3)) {
            case 0 -> random.bytes(random.below(200));
            case 1 -> {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.writeBytes(utf8("{\"name\":\"Ada"));
                body.writeBytes(random.bytes(random.between(1, 3)));
                body.writeBytes(utf8("\",\"email\":" + Json.write(email()) + "}"));
                yield body.toByteArray();
            }
            default -> new byte[0];
        };
    }

    /** Nesting thousands deep, numbers of thousands of digits, bodies around the 16384-byte limit. */
    private String big() {
        String value = switch (random.below(5)) {
            case 0 -> Bodies.nested("[", "", "]", random.between(500, 9000));
            case 1 -> Bodies.nested("{\"a\":", "1", "}", random.between(500, 3000));
            case 2 -> json.digits(random.between(500, 18000));
            case 3 -> Json.write("n".repeat(random.between(100, 18000)));
            default -> null;
        };
        if (value == null) {
            return Bodies.padded(Users.body("Ada", email()), Bodies.LIMIT + random.between(-2, 1));
        }
        return random.percent(50) ? value : Users.rawBody(value, Json.write(email()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
