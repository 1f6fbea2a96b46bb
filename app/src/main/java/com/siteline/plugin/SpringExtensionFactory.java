package com.siteline.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Our small bridge between PF4J and Spring (pf4j-spring does not support Spring 7): an extension
 * gets the host's beans through its public constructor, matched by type. Plugins stay free of
 * Spring: they only name types they can see (the plugin API's and the JDK's). One instance per
 * extension class; {@link #evict(ClassLoader)} forgets a stopped plugin's instances so its class
 * loader can be collected.
 */
class SpringExtensionFactory implements ExtensionFactory {

    private final ListableBeanFactory beans;
    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();

    SpringExtensionFactory(ListableBeanFactory beans) {
        this.beans = beans;
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
                .orElseThrow(() -> new PluginRuntimeException("Extension {} has no public constructor", type.getName()));
        Object[] args = new Object[constructor.getParameterCount()];
        Class<?>[] parameterTypes = constructor.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            try {
                args[i] = beans.getBean(parameterTypes[i]);
            } catch (BeansException e) {
                throw new PluginRuntimeException(e, "Extension {} needs a {} which the host does not offer",
                        type.getName(), parameterTypes[i].getName());
            }
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
