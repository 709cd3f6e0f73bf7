package org.newsgraph.model;

/** The four coarse kinds of named thing newsgraph extracts; finer schema.org classes hang off them. */
public enum EntityType {
    PERSON("Person"),
    COUNTRY("Country"),
    ORGANIZATION("Organization"),
    PLACE("Place");

    private final String schemaClass;

    EntityType(String schemaClass) {
        this.schemaClass = schemaClass;
    }

    /** The local name of the matching schema.org class, e.g. {@code Person}. */
    public String schemaClass() {
        return schemaClass;
    }
}
