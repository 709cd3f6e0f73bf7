package org.newsgraph.model;

/** Whether an event happened, or is only planned, proposed, declined, cancelled or threatened. */
public enum EventStatus {
    OCCURRED("Occurred"),
    PLANNED("Planned"),
    PROPOSED("Proposed"),
    DECLINED("Declined"),
    CANCELLED("Cancelled"),
    THREATENED("Threatened");

    private final String localName;

    EventStatus(String localName) {
        this.localName = localName;
    }

    /** The local name of the {@code ng:} individual, e.g. {@code Occurred}. */
    public String localName() {
        return localName;
    }
}
