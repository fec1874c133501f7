package workshop.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks the rules: a message for each failing field, in the order they were checked. */
public class ValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public ValidationException(Map<String, String> errors) {
        super("invalid " + String.join(", ", errors.keySet()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
