package io.newstally.contracts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Instants as {@link DateTimeFormatter#ISO_INSTANT} text ({@code 2024-10-18T07:30:00Z}), read and
 * written without the formatter's general machinery, which took a tenth of the aggregate
 * service's CPU time: every record carries several instants. Exactly the text
 * {@code Instant.toString()} gives for years 0 to 9999 (anything else, and any other input the
 * Java time module accepts, goes through that module).
 */
public final class IsoInstants {

    private static final long SECONDS_PER_DAY = 86_400;
    /** Days from 0000-03-01 to 1970-01-01, as in {@code LocalDate.toEpochDay}. */
    private static final long DAYS_0000_TO_1970 = 719_468;
    private static final long MIN_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long MAX_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

    private IsoInstants() {
    }

    /** The Jackson module: registered after the Java time module, it takes over {@link Instant}. */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("newstally-iso-instants");
        m.addSerializer(Instant.class, new Writer());
        m.addDeserializer(Instant.class, new Reader());
        return m;
    }

    /** The ISO text of {@code t}, as {@code t.toString()}. */
    public static String format(Instant t) {
        long s = t.getEpochSecond();
        if (s < MIN_SECOND || s > MAX_SECOND) {
            return t.toString();
        }
        char[] out = new char[30];
        int len = format(s, t.getNano(), out);
        return new String(out, 0, len);
    }

    private static int format(long epochSecond, int nano, char[] out) {
        long days = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        // civil-from-days (Howard Hinnant's algorithm), the one LocalDate.ofEpochDay uses
        long z = days + DAYS_0000_TO_1970;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        int i = 0;
        i = digits(year, 4, out, i);
        out[i++] = '-';
        i = digits(month, 2, out, i);
        out[i++] = '-';
        i = digits(day, 2, out, i);
        out[i++] = 'T';
        i = digits(secondOfDay / 3600, 2, out, i);
        out[i++] = ':';
        i = digits(secondOfDay / 60 % 60, 2, out, i);
        out[i++] = ':';
        i = digits(secondOfDay % 60, 2, out, i);
        if (nano != 0) {
            out[i++] = '.';
            // in groups of three digits, as ISO_INSTANT prints them
            if (nano % 1_000_000 == 0) {
                i = digits(nano / 1_000_000, 3, out, i);
            } else if (nano % 1000 == 0) {
                i = digits(nano / 1000, 6, out, i);
            } else {
                i = digits(nano, 9, out, i);
            }
        }
        out[i++] = 'Z';
        return i;
    }

    private static int digits(int v, int width, char[] out, int at) {
        for (int k = width - 1; k >= 0; k--) {
            out[at + k] = (char) ('0' + v % 10);
            v /= 10;
        }
        return at + width;
    }

    /**
     * The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other text (which
     * the caller gives to the general parser: offsets, other years, errors with their message).
     */
    public static Instant parse(CharSequence s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nano = 0;
        if (n > 20) {
            int digits = n - 21;
            if (s.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            nano = number(s, 20, digits);
            if (nano < 0) {
                return null;
            }
            for (int k = digits; k < 9; k++) {
                nano *= 10;
            }
        }
        return Instant.ofEpochSecond(epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nano);
    }

    private static int number(CharSequence s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean leap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> leap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** days-from-civil (Hinnant), as {@code LocalDate.toEpochDay}. */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - DAYS_0000_TO_1970;
    }

    private static final class Writer extends StdScalarSerializer<Instant> {
        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format(value));
        }
    }

    private static final class Reader extends StdScalarDeserializer<Instant> {
        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Instant fast = parse(p.getText());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }
}
