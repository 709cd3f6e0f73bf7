package org.newsgraph.model;

/**
 * A position held by a person: "Ruritanian President Mara Holt" gives
 * (Holt, "President", Ruritania, current).
 *
 * @param personKey key of the person entity
 * @param roleName  the role as written, title-cased ("President", "Senator", "Press Secretary")
 * @param ofKey     key of the country or organisation the role is of, or null
 * @param current   false for "former" roles and past holders ("who was ... adviser")
 * @param evidence  the characters the role was read from
 */
public record Role(String personKey, String roleName, String ofKey, boolean current, Span evidence) {
}
