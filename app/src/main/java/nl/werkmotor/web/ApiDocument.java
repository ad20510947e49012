package nl.werkmotor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json}, shaped to the NL API Design Rules (checked
 * with the official Spectral ruleset in CI): the major version in the server URL, contact details,
 * the {@code API-Version} header on every success, problem+json (status, title, detail) on every
 * error, a 400 wherever parameters can be wrong, and the document itself as a resource.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocument {

    static final String BASE = "/api/v1";
    static final String PATH = BASE + "/openapi.json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Bean
    OpenApiCustomizer nlApiDesignRules(@Value("${werkmotor.public-url}") String publicUrl) {
        return api -> {
            api.info(new Info().title("Werkmotor API").version(ApiVersionHeader.VERSION)
                    .description("Werk vinden via vaardigheden: de ESCO-taxonomie, uitlegbare matching van mensen en werk. "
                            + "Fouten als application/problem+json, in het Nederlands en Engels.")
                    .contact(new Contact().name("Werkmotor").url(publicUrl).email("werkmotor@example.org"))
                    .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")));
            api.servers(List.of(new Server().url(publicUrl + BASE)));
            api.getComponents().addSchemas("Problem", problemSchema());
            Paths paths = new Paths();
            paths.addPathItem("/openapi.json", new PathItem().get(new Operation().operationId("openApiDocument")
                    .summary("Dit document / this document").responses(new ApiResponses().addApiResponse("200",
                            new ApiResponse().description("OpenAPI-document").addHeaderObject("access-control-allow-origin",
                                    new Header().description("Vanaf elke herkomst leesbaar / readable from any origin")
                                            .schema(new StringSchema().example("*"))).content(new Content().addMediaType(
                                    "application/json", new MediaType().schema(new ObjectSchema())))))));
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> paths.addPathItem(path.substring(BASE.length()), item));
            }
            paths.values().forEach(item -> item.readOperations().forEach(ApiDocument::shape));
            api.setPaths(paths);
        };
    }

    /** Every success says its version; every error is a problem; parameters that can be wrong can give a 400. */
    private static void shape(Operation operation) {
        ApiResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            responses.computeIfAbsent("400", code -> new ApiResponse().description("Ongeldig verzoek / bad request"));
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            responses.computeIfAbsent("404", code -> new ApiResponse().description("Niet gevonden / not found"));
        }
        Map<String, ApiResponse> sorted = new LinkedHashMap<>();
        responses.keySet().stream().sorted().forEach(code -> sorted.put(code, responses.get(code)));
        responses.clear();
        sorted.forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                response.addHeaderObject(ApiVersionHeader.NAME, new Header()
                        .description("De versie van de API die antwoordde / the API version that answered")
                        .schema(new StringSchema().example(ApiVersionHeader.VERSION)));
            } else if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(
                        new Schema<>().$ref(PROBLEM))));
            }
            responses.addApiResponse(code, response);
        });
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457; title and detail in Dutch, message in Dutch and English")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("message", new ObjectSchema().addProperty("nl", new StringSchema())
                        .addProperty("en", new StringSchema()))
                .addProperty("invalidParams", new Schema<>().type("array").items(new ObjectSchema()
                        .addProperty("name", new StringSchema()).addProperty("reason", new StringSchema())))
                .required(List.of("status", "title", "detail"));
    }
}
