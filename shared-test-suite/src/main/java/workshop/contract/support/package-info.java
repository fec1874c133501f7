/**
 * What the contract's tests use, and no test itself: the client ({@link workshop.contract.support.Api},
 * {@link workshop.contract.support.Reply}, {@link workshop.contract.support.RawHttp},
 * {@link workshop.contract.support.Browser}); the users a test makes ({@link workshop.contract.support.Users});
 * the exact bodies and messages it expects ({@link workshop.contract.support.UserAssertions},
 * {@link workshop.contract.support.Problems}, {@link workshop.contract.support.FieldError}); the check of every
 * exchange against docs/openapi.yaml ({@code ExchangeCheck}); and which app the
 * contract talks to ({@link workshop.contract.support.Contract}, {@link workshop.contract.support.ContractTarget},
 * {@link workshop.contract.support.InProcess}).
 */
package workshop.contract.support;
