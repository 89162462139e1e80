package it.orienta.system;

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
 *   <li>{@code If-Match} required where the handler reads it through {@link ETags#version(String)} (a missing one
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
            } else if (status == null && found.contains(Answer.NO_CONTENT) && !found.contains(Answer.OK)) {
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("No Content"));
            }
        }
        boolean ifMatch = false;
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
        problem(responses, "400", "The request is malformed or a field is invalid (`errors[]` names each field).");
        problem(responses, "401", "Authentication required (`WWW-Authenticate: Basic realm=\"Orienta\"`).");
        problem(responses, "403", "The role, or the centre that has the person in charge, does not allow it.");
        if (path) {
            problem(responses, "404", "No such record.");
        }
        if (ifMatch) {
            problem(responses, "409", "Somebody changed the record meanwhile: `current` holds its state.");
        }
        if (body) {
            problem(responses, "413", "The body is larger than allowed.");
            problem(responses, "415", "The body is not application/json.");
        }
        if (change) {
            problem(responses, "422", "A rule of the domain is not met (`errors[]` names each field).");
        }
        problem(responses, "429", "Too many failed logins: the account is locked for a while.");
        problem(responses, "default", "Any other refusal, as problem details.");
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

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM,
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
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

    /** What the handler's own bytecode answers (lambdas inside it are not followed). */
    private static Set<Answer> read(Method method) {
        var found = EnumSet.noneOf(Answer.class);
        Class<?> type = ClassUtils.getUserClass(method.getDeclaringClass());
        String resource = type.getName().replace('.', '/') + ".class";
        String descriptor = Type.getMethodDescriptor(method);
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return found;
            }
            new ClassReader(in)
                    .accept(
                            new ClassVisitor(SpringAsmInfo.ASM_VERSION) {
                                @Override
                                public MethodVisitor visitMethod(
                                        int access, String name, String desc, String sig, String[] ex) {
                                    if (!name.equals(method.getName()) || !desc.equals(descriptor)) {
                                        return null;
                                    }
                                    return new Scan(found);
                                }
                            },
                            ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException | RuntimeException unreadable) {
            // the document then says what springdoc found on its own
        }
        return found;
    }

    private static final class Scan extends MethodVisitor {
        private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
        private final Set<Answer> found;
        private int lastInt = -1;

        Scan(Set<Answer> found) {
            super(SpringAsmInfo.ASM_VERSION);
            this.found = found;
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
                    case "ok" -> found.add(Answer.OK);
                    case "noContent" -> found.add(Answer.NO_CONTENT);
                    case "status" -> {
                        if (lastInt == 201) {
                            found.add(Answer.CREATED);
                        } else if (lastInt == 204) {
                            found.add(Answer.NO_CONTENT);
                        } else if (lastInt == 200) {
                            found.add(Answer.OK);
                        }
                    }
                    default -> {}
                }
            } else if (owner.equals("it/orienta/system/ETags") && name.equals("version")) {
                found.add(Answer.READS_IF_MATCH);
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
