package io.newstally.enrich.story;

/** A story file that cannot be used: the message names the file, the line and the field. */
public final class InvalidStoryException extends IllegalArgumentException {

    public InvalidStoryException(String message) {
        super(message);
    }
}
