package it.orienta.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI orientaApi() {
        return new OpenAPI()
                .info(new Info().title("Orienta API").version("v1").description("""
                                The operations of Orienta's pages for other systems: persons, education titles, work \
                                history, intakes, matching consents, reference look-ups, the worker file's timeline and \
                                export, the audit log. Errors are RFC 9457 problem details with a stable `code` and \
                                `errors[]` naming each field at fault. Updates send the ETag they read in `If-Match` and \
                                get 409 with the current state when somebody changed the record meanwhile. Messages are \
                                Italian unless `Accept-Language: en`. The operator's centre comes from the \
                                `X-Orienta-Centre` header (their first centre when absent). Date-times are ISO 8601 instants \
                                with an offset (`2026-03-29T10:30:00+02:00` or `…Z`; one without is refused) and are \
                                answered in UTC (`Z`); dates are the centres' days. Numbers, booleans and strings are \
                                not converted into one another, and an unknown field is refused: `errors[]` names the \
                                field by its JSON `pointer`."""))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        "basic",
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description("Operator accounts (embedded default)."))
                                .addSecuritySchemes(
                                        "bearer",
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("JWT")
                                                .description(
                                                        "Production: OIDC access tokens of the regional identity provider (README).")))
                .servers(java.util.List.of(
                        new io.swagger.v3.oas.models.servers.Server().url("/").description("This Orienta")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
