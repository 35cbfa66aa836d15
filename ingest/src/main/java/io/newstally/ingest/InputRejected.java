package io.newstally.ingest;

/** An input that cannot become an article, with the reason a user can act on. */
public final class InputRejected extends Exception {

    private final String input;

    public InputRejected(String input, String reason) {
        super(reason);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
