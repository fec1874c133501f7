package workshop.domain;

public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("another user already has this email");
    }
}
