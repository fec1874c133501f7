package workshop.adapter.in.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import workshop.http.JsonBody;
import workshop.domain.ValidationException;

/** The JSON body of {@code POST /users} and {@code PUT /users/{id}}: a name, an email, and nothing else. */
public final class UserJson {

    private static final List<String> FIELDS = List.of("name", "email");

    private UserJson() {}

    /**
     * Reads the body and hands its name and email (null when missing or not a string) to {@code validate}.
     * A client hears of every mistake at once, in one order: name, email, then unknown members.
     */
    public static <T> T read(Context ctx, BiFunction<String, String, T> validate) {
        ObjectNode body = JsonBody.read(ctx);
        Map<String, String> ruleErrors = Map.of();
        T valid = null;
        try {
            valid = validate.apply(text(body, "name"), text(body, "email"));
        } catch (ValidationException e) {
            ruleErrors = e.errors();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : FIELDS) {
            JsonNode value = body.get(field);
            boolean wrongType = value != null && !value.isNull() && !value.isTextual();
            String message = wrongType ? "must be a string" : ruleErrors.get(field);
            if (message != null) {
                errors.put(field, message);
            }
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                errors.put(field, "is not an accepted field");
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return valid;
    }

    private static String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
