package workshop.contract;

/**
 * A request that reads a user and changes it, as a race sends it, with the contract's model of it:
 * what it answers and what it leaves stored, given the user as it is just before it (null: deleted).
 */
record Change(Kind kind, String newName, String newEmail) {

    enum Kind { PUT, SUSPEND, ACTIVATE, DELETE }

    /** What one request answers, and the user it leaves (null when there is none). */
    record Outcome(Answer answer, User after) {}

    static Change put(String name, String email) {
        return new Change(Kind.PUT, name, email);
    }

    static Change of(Kind kind) {
        return new Change(kind, null, null);
    }

    Reply send(Api api, User user) {
        return switch (kind) {
            case PUT -> api.put(user.path(), Users.body(newName, newEmail));
            case SUSPEND -> api.post(user.path() + "/suspend");
            case ACTIVATE -> api.post(user.path() + "/activate");
            case DELETE -> api.delete(user.path());
        };
    }

    Outcome applyTo(User before, long id) {
        if (before == null) {
            return new Outcome(Answer.noUser(id), null);
        }
        return switch (kind) {
            case PUT -> before.status().equals("suspended")
                    ? new Outcome(Answer.problem(409, "user_suspended", "a suspended user cannot be edited"), before)
                    : stored(before.withNameAndEmail(newName, newEmail));
            case SUSPEND -> stored(before.withStatus("suspended"));
            case ACTIVATE -> stored(before.withStatus("active"));
            case DELETE -> new Outcome(Answer.NO_CONTENT, null);
        };
    }

    private static Outcome stored(User user) {
        return new Outcome(Answer.user(user), user);
    }

    @Override
    public String toString() {
        return kind == Kind.PUT ? "PUT " + Users.body(newName, newEmail) : kind.toString();
    }
}
