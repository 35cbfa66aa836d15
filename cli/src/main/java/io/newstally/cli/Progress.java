package io.newstally.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Progress of a long command, fit for where it goes: on a terminal, a bar redrawn in place; in a
 * file or a pipe (a log), a plain line every few seconds and one at the end of each phase, never
 * the carriage-return frames of a bar.
 */
public final class Progress {

    /** How often a line is written when the output is not a terminal. */
    static final long LINE_INTERVAL_MILLIS = 5_000;

    private Progress() {
    }

    /** A progress bar for a task of {@code max} steps, writing to standard error as {@link #isTerminal()} says. */
    public static ProgressBar bar(String task, long max, String unit) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).continuousUpdate();
        if (unit != null) {
            builder.setUnit(unit, 1);
        }
        if (isTerminal()) {
            return builder.setUpdateIntervalMillis(250).build();
        }
        return builder.setUpdateIntervalMillis(1_000).setConsumer(new Lines(System.err, LINE_INTERVAL_MILLIS)).build();
    }

    /**
     * Whether standard error, where progress goes, is a terminal: the JVM has a console (standard input
     * and output are terminals) and, where Linux's /proc says, file descriptor 2 is one too.
     */
    public static boolean isTerminal() {
        if (System.console() == null) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return true; // cannot tell: the console says a terminal
        }
        return true;
    }

    /** Renders a bar's state as a line now and then, and its last state when it closes. */
    static final class Lines implements ProgressBarConsumer {
        private final PrintStream out;
        private final long intervalMillis;
        private final java.util.function.LongSupplier clock;
        private long lastWritten = Long.MIN_VALUE;
        private String last;
        private String lastLine;

        Lines(PrintStream out, long intervalMillis) {
            this(out, intervalMillis, System::currentTimeMillis);
        }

        Lines(PrintStream out, long intervalMillis, java.util.function.LongSupplier clock) {
            this.out = out;
            this.intervalMillis = intervalMillis;
            this.clock = clock;
        }

        @Override
        public int getMaxRenderedLength() {
            return 120;
        }

        @Override
        public synchronized void accept(String rendered) {
            last = plain(rendered);
            long now = clock.getAsLong();
            if (lastWritten == Long.MIN_VALUE || now - lastWritten >= intervalMillis) {
                write(now);
            }
        }

        @Override
        public synchronized void close() {
            if (last != null && !last.equals(lastLine)) {
                write(clock.getAsLong());
            }
            out.flush();
        }

        private void write(long now) {
            out.println(last);
            lastLine = last;
            lastWritten = now;
        }

        /** The rendered bar without carriage returns, escape sequences or its drawn blocks. */
        static String plain(String rendered) {
            String s = rendered.replace("\r", "").replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");
            return s.replaceAll("[\u2588-\u258F\u2591-\u2593]+", "").replaceAll(" {2,}", " ").strip();
        }
    }
}
