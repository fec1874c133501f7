package workshop.adapter.in.web;

import java.util.Locale;
import workshop.domain.User;

/** How a user looks in JSON: members in this order, status in lower case, createdAt like 2026-11-20T10:15:30Z. */
public record UserResponse(long id, String name, String email, String status, String createdAt) {

    public static UserResponse from(User user) {
        return new UserResponse(
                user.id(),
                user.name().value(),
                user.email().value(),
                user.status().name().toLowerCase(Locale.ROOT),
                user.createdAt().toString());
    }
}
