package workshop.contract;

/** What a client sees of a reply: its status, and its body with the body's type. Two equal answers are the same to it. */
record Answer(int status, String contentType, String body) {

    static final Answer NO_CONTENT = new Answer(204, null, "");

    static Answer of(Reply reply) {
        return new Answer(reply.status(), reply.bytes().length == 0 ? null : reply.contentType(), reply.text());
    }

    static Answer user(User user) {
        return new Answer(200, "application/json", user.json());
    }

    static Answer problem(int status, String code, String detail) {
        return new Answer(status, Problems.PROBLEM_JSON, Problems.text(status, code, detail));
    }

    static Answer noUser(long id) {
        return problem(404, "not_found", "no user with id " + id);
    }

    @Override
    public String toString() {
        return status + (contentType == null ? "" : " " + contentType + " " + body);
    }
}
