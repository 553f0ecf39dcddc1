package dev.cloudtest.junit5;

import dev.cloudtest.core.UserFixableException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import software.amazon.awssdk.core.SdkClient;

/**
 * The JUnit 5 extension behind {@link CloudtestStack}: injects stack values and AWS SDK clients into fields and
 * parameters, and tells {@link Sla} which test is running. Everything it reads or builds is shared by the whole
 * test JVM and closed when the tests end.
 *
 * @since 0.1.0
 */
public final class CloudtestExtension
        implements BeforeAllCallback,
                TestInstancePostProcessor,
                ParameterResolver,
                BeforeEachCallback,
                AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CloudtestExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        inject(context.getRequiredTestClass(), null, context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        inject(testInstance.getClass(), testInstance, context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentTest.set(context.getRequiredTestClass().getSimpleName() + "#"
                + context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CurrentTest.clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter p = parameter.getParameter();
        return stackValue(
                                p.getAnnotation(StackOutput.class),
                                p.getAnnotation(StackExport.class),
                                p.getAnnotation(PhysicalId.class))
                        .isPresent()
                || isSdkClient(p.getType())
                || p.getType() == StackUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter p = parameter.getParameter();
        // Names only when compiled with -parameters; else the position and type.
        String where = "parameter "
                + (p.isNamePresent()
                        ? p.getName()
                        : (parameter.getIndex() + 1) + " (" + p.getType().getSimpleName() + ")")
                + " of "
                + parameter.getDeclaringExecutable().getDeclaringClass().getSimpleName() + "."
                + parameter.getDeclaringExecutable().getName();
        try {
            if (p.getType() == StackUnderTest.class) {
                return session(context).stackUnderTest();
            }
            return resolve(
                    p.getType(),
                    stackValue(
                            p.getAnnotation(StackOutput.class),
                            p.getAnnotation(StackExport.class),
                            p.getAnnotation(PhysicalId.class)),
                    where,
                    context);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /** Injects the static fields ({@code instance} null) or the instance fields of the class and its superclasses. */
    private void inject(Class<?> type, Object instance, ExtensionContext context) {
        for (Field field : fields(type)) {
            if (Modifier.isStatic(field.getModifiers()) != (instance == null)) {
                continue;
            }
            Optional<Wanted> value = stackValue(
                    field.getAnnotation(StackOutput.class),
                    field.getAnnotation(StackExport.class),
                    field.getAnnotation(PhysicalId.class));
            boolean client = field.isAnnotationPresent(AwsClient.class);
            if (value.isEmpty() && !client) {
                continue;
            }
            String where = "field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
            if (Modifier.isFinal(field.getModifiers())) {
                throw new UserFixableException(where + " is final, so it cannot be injected. Remove 'final'.");
            }
            if (client && !isSdkClient(field.getType())) {
                throw new UserFixableException(where + " is annotated @AwsClient but its type "
                        + field.getType().getName() + " is not an AWS SDK v2 client (such as SqsClient).");
            }
            Object resolved = resolve(field.getType(), value, where, context);
            try {
                field.setAccessible(true);
                field.set(instance, resolved);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot set " + where + ": " + e.getMessage(), e);
            }
        }
    }

    private static Object resolve(Class<?> type, Optional<Wanted> value, String where, ExtensionContext context) {
        CloudtestSession session = session(context);
        if (value.isPresent()) {
            String wantedBy = value.get().describe() + " on " + where;
            if (!ValueConversion.supports(type)) {
                throw ValueConversion.unsupported(type, wantedBy);
            }
            return ValueConversion.convert(
                    session.stackValue(value.get().kind(), value.get().name(), wantedBy), type, wantedBy);
        }
        @SuppressWarnings("unchecked")
        Class<? extends SdkClient> clientType = (Class<? extends SdkClient>) type;
        return session.client(clientType);
    }

    static CloudtestSession session(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        return root.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        CloudtestSession.class, key -> CloudtestSession.open(root), CloudtestSession.class);
    }

    /** A stack value asked for by an annotation. */
    private record Wanted(StackValueKind kind, String name) {
        String describe() {
            return kind.annotation + "(\"" + name + "\")";
        }
    }

    private static Optional<Wanted> stackValue(StackOutput output, StackExport export, PhysicalId physicalId) {
        List<Wanted> wanted = new ArrayList<>();
        if (output != null) {
            wanted.add(new Wanted(StackValueKind.OUTPUT, output.value()));
        }
        if (export != null) {
            wanted.add(new Wanted(StackValueKind.EXPORT, export.value()));
        }
        if (physicalId != null) {
            wanted.add(new Wanted(StackValueKind.RESOURCE, physicalId.value()));
        }
        if (wanted.size() > 1) {
            throw new UserFixableException("Only one of @StackOutput, @StackExport and"
                    + " @PhysicalId can be put on one field or parameter; found " + wanted.size() + ".");
        }
        return wanted.stream().findFirst();
    }

    private static boolean isSdkClient(Class<?> type) {
        return type.isInterface() && SdkClient.class.isAssignableFrom(type) && type != SdkClient.class;
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        return fields;
    }
}
