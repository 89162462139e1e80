package it.orienta.system;

/** The record asked for does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    private final String entityType;
    private final String id;

    public NotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
        this.entityType = entityType;
        this.id = String.valueOf(id);
    }

    public String entityType() {
        return entityType;
    }

    public String id() {
        return id;
    }
}
