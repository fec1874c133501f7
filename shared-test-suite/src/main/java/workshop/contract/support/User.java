package workshop.contract.support;

/** A user as the contract says the API shows it; {@link #json()} is the exact text of its representation. */
public record User(long id, String name, String email, String status, String createdAt) {

    public String path() {
        return "/users/" + id;
    }

    /** {@code {"id":…,"name":…,"email":…,"status":…,"createdAt":…}}, compact, members in that order. */
    public String json() {
        return Json.write(Json.object()
                .put("id", id)
                .put("name", name)
                .put("email", email)
                .put("status", status)
                .put("createdAt", createdAt));
    }

    /** The body of a POST or PUT that sends this user's name and email. */
    public String body() {
        return Users.body(name, email);
    }

    /** What a PUT makes of this user with another name and an email no one has yet. */
    public User edited() {
        return withNameAndEmail("Grace Hopper", Users.uniqueEmail());
    }

    public User withStatus(String newStatus) {
        return new User(id, name, email, newStatus, createdAt);
    }

    public User withNameAndEmail(String newName, String newEmail) {
        return new User(id, newName, newEmail, status, createdAt);
    }
}
