package org.partneracademy.testing;

import java.lang.reflect.Field;

/**
 * Builds entities for container-free tests the way JPA does: through the protected no-argument
 * constructor, with database-assigned fields (ids) set directly.
 */
public final class Entities {

    private Entities() {
    }

    public static <T> T instantiate(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T set(T entity, String field, Object value) {
        try {
            Field f = entity.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
