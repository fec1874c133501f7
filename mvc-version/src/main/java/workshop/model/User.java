package workshop.model;

import java.time.Instant;

/** A user as it is stored: plain data. In MVC the rules about it live in the controller. */
public record User(Long id, String name, String email, UserStatus status, Instant createdAt) {}
