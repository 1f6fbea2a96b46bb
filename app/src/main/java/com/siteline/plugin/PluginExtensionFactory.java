package com.siteline.plugin;

import com.siteline.sdk.PluginContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;

/**
 * Builds plugin extensions (our bridge; pf4j-spring does not support Spring 7). An extension's public
 * constructor may take nothing or the SDK's {@link PluginContext}, nothing else: a plugin never gets a
 * host bean (a {@code DataSource}, a repository) by naming its type. One instance per extension class;
 * {@link #evict(ClassLoader)} forgets a stopped plugin's instances so its class loader can be collected.
 */
class PluginExtensionFactory implements ExtensionFactory {

    private final Function<Class<?>, PluginContext> contexts;
    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

    /** @param contexts the context of the plugin an extension class belongs to */
    PluginExtensionFactory(Function<Class<?>, PluginContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public <T> T create(Class<T> extensionClass) {
        return extensionClass.cast(instances.computeIfAbsent(extensionClass, this::instantiate));
    }

    void evict(ClassLoader pluginClassLoader) {
        instances.keySet().removeIf(type -> type.getClassLoader() == pluginClassLoader);
    }

    private Object instantiate(Class<?> type) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(
                        () -> new PluginRuntimeException("Extension {} has no public constructor", type.getName()));
        Object[] args = new Object[constructor.getParameterCount()];
        Class<?>[] parameterTypes = constructor.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            if (parameterTypes[i] != PluginContext.class) {
                throw new PluginRuntimeException(
                        "Extension {} asks for a {}; an extension may take only {} "
                                + "(or nothing) in its constructor",
                        type.getName(),
                        parameterTypes[i].getName(),
                        PluginContext.class.getName());
            }
            args[i] = contexts.apply(type);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new PluginRuntimeException(e.getCause(), "Extension {} failed in its constructor", type.getName());
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "Extension {} could not be created", type.getName());
        }
    }
}
