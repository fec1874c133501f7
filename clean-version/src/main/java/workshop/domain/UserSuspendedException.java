package workshop.domain;

public class UserSuspendedException extends RuntimeException {

    public UserSuspendedException() {
        super("a suspended user cannot be edited");
    }
}
