package workshop.application.port.in;

/**
 * All seven use cases, for the web adapter, which serves them all. Each stays its own interface,
 * named after what it does, so that another adapter (a command line, say) can take only those it needs.
 */
public interface UserUseCases extends ListUsersUseCase, GetUserUseCase, CreateUserUseCase, UpdateUserUseCase,
        DeleteUserUseCase, SuspendUserUseCase, ActivateUserUseCase {}
