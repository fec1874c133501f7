/**
 * The user API's rules, one class a rule of docs/API.md, each opening with the document's words: create, read,
 * list, edit, suspend and activate, delete; the rules of a name and of an email; validation and its messages;
 * ids; races; what a database keeps; and the same rules through the pages, in a browser. Beside them, the
 * helpers only they use: the characters of the rules ({@code Characters}) and the races' senders
 * ({@code AtOnce}, {@code Change}).
 */
package workshop.contract.users;
