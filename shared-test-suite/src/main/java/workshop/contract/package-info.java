/**
 * The contract of the /users API, docs/API.md, as black-box tests over HTTP, which both apps must pass.
 * <ul>
 *   <li>{@link workshop.contract.users}: the user API's rules, and the pages' behaviour. Start here: each class
 *       opens with the sentence of docs/API.md it checks.</li>
 *   <li>{@link workshop.contract.http}: the HTTP around them: body sizes and types, paths, methods, the
 *       problem format, which error comes first, hostile and fuzzed input, the pages' safety.</li>
 *   <li>{@link workshop.contract.support}: what the tests use: the client, the expected bodies and messages,
 *       the check of every exchange against docs/openapi.yaml, and the apps the contract starts.</li>
 * </ul>
 * This package itself holds what an app's tests implement to be tested: {@link workshop.contract.AppLauncher}
 * and {@link workshop.contract.RunningApp}.
 */
package workshop.contract;
