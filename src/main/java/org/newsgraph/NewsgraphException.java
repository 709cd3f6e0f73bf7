package org.newsgraph;

/**
 * The one unchecked exception newsgraph throws on purpose. Its message is a single line meant for
 * the user: it names the file (and where useful the line or character offset) and the reason.
 */
public class NewsgraphException extends RuntimeException {
    public NewsgraphException(String message) {
        super(message);
    }

    public NewsgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
