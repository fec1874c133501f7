package workshop.domain;

public enum UserStatus {
    ACTIVE,
    SUSPENDED
}
