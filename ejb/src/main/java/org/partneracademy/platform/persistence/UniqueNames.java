package org.partneracademy.platform.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import org.partneracademy.platform.error.ConflictException;

/**
 * Saving an entity whose {@code name} is unique: the name is checked first so that the usual case gets
 * a clear 409 before anything changes, and the table's unique key has the last word when two requests
 * take the same name at the same moment (the loser gets the same 409).
 */
@Dependent
public class UniqueNames {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /**
     * Refuses a name another row already has; {@code ownId} is the row being renamed (null for a new one).
     *
     * @param entity an entity with {@code id} and {@code name} attributes
     * @param label  what the refusal calls it, e.g. "path"
     */
    public void requireFree(Class<?> entity, String label, String name, Object ownId) {
        var holders = em.createQuery("select e.id from " + entity.getSimpleName() + " e where e.name = :name", Object.class)
                .setParameter("name", name.strip()).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(ownId))) {
            throw taken(label, name);
        }
    }

    /** Persists a new entity (after the name check) or flushes a changed one. */
    public <E> void save(E entity, Function<E, Object> id, String label, String name) {
        boolean isNew = id.apply(entity) == null;
        if (isNew) {
            requireFree(entity.getClass(), label, name, null);
        }
        try {
            if (isNew) {
                em.persist(entity);
            }
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw taken(label, name);
            }
            throw e;
        }
    }

    private static ConflictException taken(String label, String name) {
        return new ConflictException("A " + label + " named " + name.strip() + " already exists");
    }
}
