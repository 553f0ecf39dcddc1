package dev.cloudtest.testlib;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one moto server per test JVM (started on first use, stopped when the JVM's tests end),
 * injected as a {@link MotoServer} parameter. Tests sharing it should {@link MotoServer#reset()} or use unique names.
 */
public final class MotoExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** The test JVM's moto server, for other extensions (e.g. one that deploys a stack before a class). */
    public static MotoServer server(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(MotoExtension.class))
                .getOrComputeIfAbsent("moto", key -> new Shared(MotoServer.start()), Shared.class)
                .server;
    }

    private record Shared(MotoServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
