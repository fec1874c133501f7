package workshop.contract.users;

import workshop.contract.support.Api;
import workshop.contract.support.Problems;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * A request that reads a user and changes it, as a race sends it, with the contract's model of it:
 * what it answers and what it leaves stored, given the user as it is just before it (null: deleted).
 */
record Change(Kind kind, String newName, String newEmail) {

    enum Kind { PUT, SUSPEND, ACTIVATE, DELETE }

    /** What one request answers, and the user it leaves (null when there is none). */
    record Outcome(Reply reply, User after) {}

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
            return new Outcome(Problems.noUser(id), null);
        }
        return switch (kind) {
            case PUT -> before.status().equals("suspended")
                    ? new Outcome(Problems.userSuspended(), before)
                    : stored(before.withNameAndEmail(newName, newEmail));
            case SUSPEND -> stored(before.withStatus("suspended"));
            case ACTIVATE -> stored(before.withStatus("active"));
            case DELETE -> new Outcome(Reply.expected(204, null, ""), null);
        };
    }

    /** The reply of a GET of the user, as the contract says it shows it. */
    static Reply shown(User user) {
        return Reply.expected(200, "application/json", user.json());
    }

    private static Outcome stored(User user) {
        return new Outcome(shown(user), user);
    }

    @Override
    public String toString() {
        return kind == Kind.PUT ? "PUT " + Users.body(newName, newEmail) : kind.toString();
    }
}
