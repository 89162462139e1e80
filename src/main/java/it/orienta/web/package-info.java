/**
 * Web plumbing every page and API stands on: the security filter chains, the pages' error page and the API's
 * problem details (RFC 9457, {@code ApiExceptionHandler}), strict JSON ({@code JacksonConfiguration}), request
 * hygiene and size limits, the OpenAPI document, form helpers ({@link it.orienta.web.Forms}), versions as
 * ETag/If-Match ({@link it.orienta.web.ETags}) and tagged PDFs ({@link it.orienta.web.TaggedPdf}), and the pages'
 * sessions in PostgreSQL, shared by every node ({@link it.orienta.web.Sessions}: Spring Session JDBC's tables, ADR
 * 0022). Holds no business rule; modules with pages or an API may use it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {"system"})
package it.orienta.web;
