/**
 * The HTTP around the user API, as docs/API.md words it: body sizes and media types, malformed JSON and
 * malformed HTTP, path matching, methods, the problem document, which error comes first, idle connections,
 * hostile and fuzzed input, the pages' safety and layout, and the API's own documents. The fuzz run's
 * generators ({@code Fuzz*}) and its checks of every reply ({@code ReplyProperties}) live here too.
 */
package workshop.contract.http;
