package workshop.model;

public enum UserStatus {
    ACTIVE,
    SUSPENDED
}
