package io.newstally.contracts;

/**
 * Thrown for a record that parses as JSON but is not an article; the services' error handler
 * turns it into a dead letter with this message.
 */
public final class InvalidArticleException extends IllegalArgumentException {

    public InvalidArticleException(String message) {
        super(message);
    }
}
