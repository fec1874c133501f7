package workshop.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Input that breaks the rules: a message for each failing field, in the order they were checked. */
public class ValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public ValidationException(Map<String, String> errors) {
        super("invalid " + String.join(", ", errors.keySet()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Builds two values that check themselves, then combines them; the errors of both are reported at once. */
    public static <A, B, R> R combine(Supplier<A> first, Supplier<B> second, BiFunction<A, B, R> combiner) {
        Map<String, String> errors = new LinkedHashMap<>();
        A a = collect(first, errors);
        B b = collect(second, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return combiner.apply(a, b);
    }

    private static <T> T collect(Supplier<T> value, Map<String, String> errors) {
        try {
            return value.get();
        } catch (ValidationException e) {
            errors.putAll(e.errors());
            return null;
        }
    }
}
