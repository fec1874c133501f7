package workshop.benchmark;

/** The endpoints under load, each a mode of users.lua, and the names of their figures in the table. */
enum Family {
    LOOKUP("GET /users/{id}", "lookup"),
    CREATE("POST /users", "create"),
    PAGE("GET /users?limit=100", "page");

    final String path;
    final String mode;

    Family(String path, String mode) {
        this.path = path;
        this.mode = mode;
    }

    String perSecond(int users) {
        return label(users) + ", req/s";
    }

    String p99(int users) {
        return label(users) + ", p99 ms";
    }

    /** The apps run on 1 000 users, unless a label says otherwise. */
    String label(int users) {
        return users == 1000 ? path : path + String.format(" at %,d users", users).replace(',', ' ');
    }
}
