package workshop.contract;

/** One entry of a validation problem's {@code errors}, with the fixed messages both apps use. */
record FieldError(String field, String message) {

    static FieldError required(String field) {
        return new FieldError(field, "is required");
    }

    static FieldError notAString(String field) {
        return new FieldError(field, "must be a string");
    }

    static FieldError notAccepted(String field) {
        return new FieldError(field, "is not an accepted field");
    }

    static FieldError nameLength() {
        return new FieldError("name", "must be 1 to 100 characters");
    }

    static FieldError nameControlCharacter() {
        return new FieldError("name", "must not contain control characters");
    }

    static FieldError nameNotUnicode() {
        return new FieldError("name", "must be valid Unicode text");
    }

    static FieldError badEmail() {
        return new FieldError("email", "must be a valid email address");
    }

    static FieldError badLimit() {
        return new FieldError("limit", "must be a whole number from 1 to 1000");
    }

    static FieldError badOffset() {
        return new FieldError("offset", "must be a whole number from 0 to 9223372036854775807");
    }
}
