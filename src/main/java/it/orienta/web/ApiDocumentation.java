package it.orienta.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.asm.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes the OpenAPI document tell what the operations do, for every controller at once (no annotation on each):
 *
 * <ul>
 *   <li>the success status an operation answers: {@code 201 Created} where the handler answers
 *       {@code ResponseEntity.created(…)} or {@code status(201)} (both 201 and 200 where it may answer either),
 *       {@code 204} for {@code noContent()}, the status of {@code @ResponseStatus}; found by reading the handler's
 *       bytecode once, so that the document cannot drift from the code;
 *   <li>{@code If-Match} required where the handler reads it through {@link IfMatch#version()} (a missing one
 *       is refused);
 *   <li>the refusals every operation may answer, as RFC 9457 problem details ({@code application/problem+json},
 *       schema {@code Problem} with {@code code} and {@code errors[]}): 400, 401, 403, 404 (with a path variable),
 *       409 (with If-Match), 413 and 415 (with a body), 422 (changes), 429, and a default for the rest.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "application/problem+json";

    private enum Answer {
        CREATED,
        ACCEPTED,
        OK,
        NO_CONTENT,
        READS_IF_MATCH
    }

    private final Map<Method, Set<Answer>> answers = new ConcurrentHashMap<>();

    @Bean
    OperationCustomizer truthfulResponses() {
        return (operation, handler) -> {
            describe(operation, handler);
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemSchema() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            var fieldProblem = new ObjectSchema()
                    .description("One field at fault.")
                    .addProperty("field", new StringSchema().description("The field, as validation names it."))
                    .addProperty("code", new StringSchema().description("A stable code of the reason."))
                    .addProperty("message", new StringSchema().description("The reason, in the request's language."))
                    .addProperty("pointer", new StringSchema().description("The field in the body as a JSON pointer."))
                    .addProperty(
                            "accepted",
                            new ArraySchema()
                                    .items(new StringSchema())
                                    .description("The accepted values, for an enumeration."));
            var problem = new ObjectSchema()
                    .description("RFC 9457 problem details; messages in Italian unless Accept-Language asks for "
                            + "English.")
                    .addProperty("type", new StringSchema().format("uri"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema().format("uri-reference"))
                    .addProperty("code", new StringSchema().description("A stable code of the refusal."))
                    .addProperty(
                            "errors",
                            new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem")));
            problem.setRequired(java.util.List.of("type", "title", "status", "code"));
            api.getComponents().addSchemas("Problem", problem).addSchemas("FieldProblem", fieldProblem);
            REFUSALS.forEach((status, named) -> {
                var response = problemResponse(named[1]);
                if (status.equals("401")) {
                    response.addHeaderObject(
                            "WWW-Authenticate",
                            new io.swagger.v3.oas.models.headers.Header()
                                    .description("`Basic realm=\"Orienta\"`")
                                    .schema(new StringSchema()));
                }
                api.getComponents().addResponses(named[0], response);
            });
        };
    }

    private void describe(Operation operation, HandlerMethod handler) {
        var found = answers.computeIfAbsent(handler.getMethod(), ApiDocumentation::read);
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        var status = handler.getMethodAnnotation(ResponseStatus.class);
        ApiResponse ok = responses.get("200");
        if (ok != null) {
            jsonInsteadOfAnything(ok);
            if (status == null && found.contains(Answer.CREATED)) {
                responses.addApiResponse("201", copy(ok, "Created"));
                if (!found.contains(Answer.OK)) {
                    responses.remove("200");
                }
            } else if (status == null && found.contains(Answer.ACCEPTED)) {
                responses.addApiResponse("202", copy(ok, "Accepted"));
                if (!found.contains(Answer.OK)) {
                    responses.remove("200");
                }
            } else if (status == null && found.contains(Answer.NO_CONTENT) && !found.contains(Answer.OK)) {
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("No Content"));
            }
        }
        boolean ifMatch = false;
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() != IfMatch.class) {
                continue;
            }
            // the one If-Match resolver reads the header: document the header, not a parameter named ifMatch
            if (operation.getParameters() != null) {
                operation
                        .getParameters()
                        .removeIf(p -> !"header".equals(p.getIn())
                                && p.getName() != null
                                && p.getName().equals(parameter.getParameterName()));
            }
            operation.addParametersItem(
                    new Parameter()
                            .in("header")
                            .name(IfMatch.HEADER)
                            .required(false)
                            .schema(new StringSchema())
                            .description(
                                    "The ETag of the version read, if any; an outdated one answers 409 with the current state."));
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName())) {
                    ifMatch = true;
                    if (found.contains(Answer.READS_IF_MATCH)) {
                        parameter.setRequired(true);
                        parameter.setDescription(
                                "The ETag of the version read; a missing one is refused (422 `version.required`), "
                                        + "an outdated one answers 409 with the current state.");
                    }
                }
            }
        }
        boolean path = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean body = operation.getRequestBody() != null;
        boolean change = body || ifMatch || isChange(handler);
        problem(responses, "400");
        problem(responses, "401");
        problem(responses, "403");
        if (path) {
            problem(responses, "404");
        }
        if (ifMatch) {
            problem(responses, "409");
        }
        if (body) {
            problem(responses, "413");
            problem(responses, "415");
        }
        if (change) {
            problem(responses, "422");
        }
        problem(responses, "429");
        problem(responses, "default");
    }

    private static boolean isChange(HandlerMethod handler) {
        var mapping = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), org.springframework.web.bind.annotation.RequestMapping.class);
        if (mapping == null) {
            return false;
        }
        for (var method : mapping.method()) {
            if (method != org.springframework.web.bind.annotation.RequestMethod.GET
                    && method != org.springframework.web.bind.annotation.RequestMethod.HEAD) {
                return true;
            }
        }
        return false;
    }

    /** The refusals, each described once in {@code components.responses} and referred to by the operations. */
    private static final Map<String, String[]> REFUSALS = refusals();

    private static Map<String, String[]> refusals() {
        var refusals = new LinkedHashMap<String, String[]>();
        refusals.put("400", new String[] {
            "BadRequest",
            "The request is malformed or a field is invalid: `errors[]` names each field (`pointer`: its JSON pointer"
                    + " in the body; `accepted`: an enumeration's values). Date-times need an offset (`Z` or"
                    + " `±hh:mm`)."
        });
        refusals.put("401", new String[] {"Unauthorized", "Authentication required."});
        refusals.put("403", new String[] {
            "Forbidden", "The role, or the centre that has the person in charge, does not allow it (`code`)."
        });
        refusals.put("404", new String[] {"NotFound", "No such record."});
        refusals.put("409", new String[] {
            "Conflict", "Somebody changed the record meanwhile: `current` holds its state, `ETag` its version."
        });
        refusals.put("413", new String[] {"PayloadTooLarge", "The body is larger than allowed."});
        refusals.put("415", new String[] {"UnsupportedMediaType", "The body is not `application/json`."});
        refusals.put("422", new String[] {
            "RuleViolation", "A rule of the domain is not met: `errors[]` names each field at fault."
        });
        refusals.put(
                "429", new String[] {"TooManyRequests", "Too many failed logins: the account is locked for a while."});
        refusals.put("default", new String[] {"Problem", "Any other refusal, as problem details."});
        return refusals;
    }

    private static void problem(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status, new ApiResponse().$ref("#/components/responses/" + REFUSALS.get(status)[0]));
        }
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    /** The API answers JSON (springdoc writes {@code *}{@code /*} when an operation does not say). */
    private static void jsonInsteadOfAnything(ApiResponse ok) {
        var content = ok.getContent();
        if (content != null && content.size() == 1 && content.containsKey("*/*")) {
            var media = content.get("*/*");
            var schema = media.getSchema();
            boolean json = schema != null
                    && (schema.get$ref() != null
                            || "object".equals(schema.getType())
                            || "array".equals(schema.getType())
                            || (schema.getTypes() != null
                                    && (schema.getTypes().contains("object")
                                            || schema.getTypes().contains("array"))));
            if (json) {
                var replaced = new Content();
                replaced.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, media);
                ok.setContent(replaced);
            }
        }
    }

    private static ApiResponse copy(ApiResponse ok, String description) {
        return new ApiResponse()
                .description(description)
                .content(ok.getContent())
                .headers(ok.getHeaders() == null ? null : new LinkedHashMap<>(ok.getHeaders()));
    }

    /**
     * What the handler's own bytecode answers (lambdas inside it are not followed); {@code If-Match} read through
     * {@link IfMatch#version()} there or in a method of its own class it calls (a controller's helper).
     */
    private static Set<Answer> read(Method method) {
        var found = EnumSet.noneOf(Answer.class);
        Class<?> type = ClassUtils.getUserClass(method.getDeclaringClass());
        String owner = type.getName().replace('.', '/');
        var calls = new java.util.HashSet<String>();
        scan(type, Set.of(method.getName() + Type.getMethodDescriptor(method)), found, owner, calls);
        if (!calls.isEmpty()) {
            var helpers = EnumSet.noneOf(Answer.class);
            scan(type, calls, helpers, owner, new java.util.HashSet<>());
            found.addAll(helpers); // a controller's helper that builds the answer (created(view)) answers for it
        }
        return found;
    }

    private static void scan(Class<?> type, Set<String> methods, Set<Answer> found, String owner, Set<String> calls) {
        try (InputStream in = type.getClassLoader().getResourceAsStream(owner + ".class")) {
            if (in == null) {
                return;
            }
            new ClassReader(in)
                    .accept(
                            new ClassVisitor(SpringAsmInfo.ASM_VERSION) {
                                @Override
                                public MethodVisitor visitMethod(
                                        int access, String name, String desc, String sig, String[] ex) {
                                    return methods.contains(name + desc) ? new Scan(found, owner, calls) : null;
                                }
                            },
                            ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException | RuntimeException unreadable) {
            // the document then says what springdoc found on its own
        }
    }

    private static final class Scan extends MethodVisitor {
        private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
        private final Set<Answer> found;
        private final String self;
        private final Set<String> calls;
        private int lastInt = -1;

        Scan(Set<Answer> found, String self, Set<String> calls) {
            super(SpringAsmInfo.ASM_VERSION);
            this.found = found;
            this.self = self;
            this.calls = calls;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            lastInt = opcode == Opcodes.SIPUSH || opcode == Opcodes.BIPUSH ? operand : -1;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (owner.equals("org/springframework/http/HttpStatus")) {
                lastInt = java.util.Arrays.stream(HttpStatus.values())
                        .filter(s -> s.name().equals(name))
                        .mapToInt(HttpStatus::value)
                        .findFirst()
                        .orElse(-1);
            } else {
                lastInt = -1;
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
            if (owner.equals(RESPONSE_ENTITY)) {
                switch (name) {
                    case "created" -> found.add(Answer.CREATED);
                    case "accepted" -> found.add(Answer.ACCEPTED);
                    case "ok" -> found.add(Answer.OK);
                    case "noContent" -> found.add(Answer.NO_CONTENT);
                    case "status" -> {
                        if (lastInt == 201) {
                            found.add(Answer.CREATED);
                        } else if (lastInt == 202) {
                            found.add(Answer.ACCEPTED);
                        } else if (lastInt == 204) {
                            found.add(Answer.NO_CONTENT);
                        } else if (lastInt == 200) {
                            found.add(Answer.OK);
                        }
                    }
                    default -> {}
                }
            } else if (owner.equals("it/orienta/web/IfMatch") && name.equals("version")) {
                found.add(Answer.READS_IF_MATCH);
            } else if (owner.equals(self)) {
                calls.add(name + descriptor);
            }
            lastInt = -1;
        }

        @Override
        public void visitInsn(int opcode) {
            lastInt = -1;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            lastInt = -1;
        }

        @Override
        public void visitLdcInsn(Object value) {
            lastInt = value instanceof Integer i ? i : -1;
        }
    }
}
