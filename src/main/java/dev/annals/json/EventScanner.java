package dev.annals.json;

import dev.annals.model.DateBasis;
import dev.annals.model.DateMention;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Precision;
import dev.annals.model.Qualifier;
import dev.annals.model.SourcePosition;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads events straight from the bytes of a timeline file, for the large files that must open in
 * seconds: strings are made directly from the bytes, field names are matched eight bytes at a time
 * without making strings of them, and values that repeat (dates, names, section paths) are found by
 * their bytes instead of being read again.
 *
 * <p>It reads what {@link EventDeserializer} reads and makes equal events, but only the JSON that Annals
 * writes: anything else (a field it does not know, a number with a fraction, an escaped field name,
 * bytes that are not UTF-8, a field given twice, an invalid date) makes it stop with {@link Unreadable}.
 * The caller then leaves the file to the general reader, which accepts or refuses it and says precisely
 * why; so this scanner never needs to explain an error, only to notice one.
 */
final class EventScanner {
    /** The bytes are not what this scanner reads; expected now and then, so it carries no stack trace. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String why, int at) {
            super(why + " at byte " + at, null, false, false);
        }
    }

    /** Bytes after the end of a chunk that the scanner may read (and ignore); give them for speed. */
    static final int READS_PAST_END = 2 * Long.BYTES;

    private static final Names EVENT_FIELDS = new Names("id", "start", "end", "dateBasis", "dateText", "headline",
            "text", "items", "section", "source", "entities", "category", "categoryCues", "otherDates");
    private static final Names DATE_FIELDS = new Names("year", "month", "day", "precision", "qualifier");
    private static final Names SOURCE_FIELDS = new Names("line", "column", "length");
    private static final Names ENTITY_FIELDS = new Names("countries", "organisations", "people");
    private static final Names MENTION_FIELDS = new Names("text", "start", "end");
    private static final DateBasis[] BASES = DateBasis.values();
    private static final byte[][] BASIS_WORDS = words(BASES);
    private static final Precision[] PRECISIONS = Precision.values();
    private static final byte[][] PRECISION_WORDS = words(PRECISIONS);

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Reports malformed input instead of replacing it. */
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    private final ByteKeyedCache<String> sharedStrings = new ByteKeyedCache<>();
    private final ByteKeyedCache<List<String>> sharedLists = new ByteKeyedCache<>();
    private final ByteKeyedCache<PartialDate> sharedDates = new ByteKeyedCache<>();
    private final ByteKeyedCache<Entities> sharedEntities = new ByteKeyedCache<>();
    private byte[] b;
    private int pos;
    private int end;

    /**
     * Adds the events in {@code bytes[from, to)} to {@code out}: objects separated by commas, with a
     * comma after the last one exactly when {@code more} events follow in the next bytes.
     */
    void scan(byte[] bytes, int from, int to, boolean more, List<Event> out) {
        b = bytes;
        pos = from;
        end = to;
        while (true) {
            out.add(event());
            skipSpace();
            if (pos == end) {
                if (more) {
                    throw unreadable("a comma must follow the event");
                }
                return;
            }
            expect(',');
            skipSpace();
            if (pos == end) {
                if (!more) {
                    throw unreadable("a comma after the last event");
                }
                return;
            }
        }
    }

    private Event event() {
        expect('{');
        // Locals, as in EventDeserializer, not a holder both could fill: with C1 code the holder's stores
        // (each with the collector's write barrier) made reading a million events about 15 % slower.
        String id = null;
        PartialDate start = null;
        PartialDate last = null;
        DateBasis basis = null;
        String dateText = null;
        String headline = null;
        String text = null;
        List<String> items = List.of();
        List<String> section = List.of();
        SourcePosition source = null;
        Entities entities = Entities.NONE;
        String category = null;
        List<String> cues = List.of();
        List<DateMention> otherDates = List.of();
        long seen = 0;
        for (int field = firstField(EVENT_FIELDS); field >= 0; field = nextField(EVENT_FIELDS, field)) {
            seen = once(seen, field);
            switch (field) {
                case 0 -> id = string();
                case 1 -> start = date();
                case 2 -> last = isNull() ? null : date();
                case 3 -> basis = word(BASES, BASIS_WORDS);
                case 4 -> dateText = isNull() ? null : string();
                case 5 -> headline = string();
                case 6 -> text = string();
                case 7 -> items = strings();
                case 8 -> section = strings();
                case 9 -> source = source();
                case 10 -> entities = entities();
                case 11 -> category = sharedString();
                case 12 -> cues = strings();
                default -> otherDates = mentions();
            }
        }
        try {
            return new Event(id, start, last, basis, dateText, headline, text, items, section, source, entities,
                    category, cues, otherDates);
        } catch (RuntimeException e) {
            throw unreadable("not a valid event");
        }
    }

    /** A date; one whose bytes were read before is the same instance. */
    private PartialDate date() {
        skipSpace();
        int from = pos;
        int to = after((byte) '}');
        PartialDate known = known(sharedDates, from, to);
        return known != null ? known : keep(sharedDates, from, to, newDate());
    }

    private PartialDate newDate() {
        expect('{');
        int year = 0;
        int month = 0;
        int day = 0;
        Precision precision = null;
        Qualifier qualifier = null;
        long seen = 0;
        for (int field = firstField(DATE_FIELDS); field >= 0; field = nextField(DATE_FIELDS, field)) {
            seen = once(seen, field);
            switch (field) {
                case 0 -> year = integer();
                case 1 -> month = integer();
                case 2 -> day = integer();
                case 3 -> precision = word(PRECISIONS, PRECISION_WORDS);
                default -> qualifier = qualifier();
            }
        }
        try {
            return PartialDateDeserializer.date(year, month, day, precision, qualifier);
        } catch (IllegalArgumentException e) {
            throw unreadable("not a valid date");
        }
    }

    private Qualifier qualifier() {
        int at = pos;
        try {
            return Qualifier.fromWord(string());
        } catch (IllegalArgumentException e) {
            throw new Unreadable("not a date qualifier", at);
        }
    }

    private SourcePosition source() {
        expect('{');
        int line = 0;
        int column = 0;
        int length = 0;
        long seen = 0;
        for (int field = firstField(SOURCE_FIELDS); field >= 0; field = nextField(SOURCE_FIELDS, field)) {
            seen = once(seen, field);
            switch (field) {
                case 0 -> line = integer();
                case 1 -> column = integer();
                default -> length = integer();
            }
        }
        return new SourcePosition(line, column, length);
    }

    /** The entities; ones whose bytes were read before are the same instance. */
    private Entities entities() {
        skipSpace();
        int from = pos;
        int to = after((byte) '}');
        Entities known = known(sharedEntities, from, to);
        return known != null ? known : keep(sharedEntities, from, to, newEntities());
    }

    private Entities newEntities() {
        expect('{');
        List<String> countries = List.of();
        List<String> organisations = List.of();
        List<String> people = List.of();
        long seen = 0;
        for (int field = firstField(ENTITY_FIELDS); field >= 0; field = nextField(ENTITY_FIELDS, field)) {
            seen = once(seen, field);
            switch (field) {
                case 0 -> countries = strings();
                case 1 -> organisations = strings();
                default -> people = strings();
            }
        }
        return new Entities(countries, organisations, people);
    }

    private List<DateMention> mentions() {
        expect('[');
        if (closes(']')) {
            return List.of();
        }
        List<DateMention> out = new ArrayList<>(2);
        do {
            out.add(mention());
        } while (nextMember(']'));
        return List.copyOf(out);
    }

    private DateMention mention() {
        expect('{');
        String text = null;
        PartialDate start = null;
        PartialDate last = null;
        long seen = 0;
        for (int field = firstField(MENTION_FIELDS); field >= 0; field = nextField(MENTION_FIELDS, field)) {
            seen = once(seen, field);
            switch (field) {
                case 0 -> text = string();
                case 1 -> start = date();
                default -> last = isNull() ? null : date();
            }
        }
        try {
            return new DateMention(text, start, last);
        } catch (RuntimeException e) {
            throw unreadable("not a valid date mention");
        }
    }

    /** A list of shared strings; a list whose bytes were read before is the same instance. */
    private List<String> strings() {
        skipSpace();
        int from = pos;
        int to = after((byte) ']');
        List<String> known = known(sharedLists, from, to);
        return known != null ? known : keep(sharedLists, from, to, newStrings());
    }

    private List<String> newStrings() {
        expect('[');
        if (closes(']')) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        do {
            out.add(sharedString());
        } while (nextMember(']'));
        return List.copyOf(out);
    }

    /** The value kept for bytes [from, to), now passed, or null (also when {@code to} is -1). */
    private <V> V known(ByteKeyedCache<V> cache, int from, int to) {
        V known = to < 0 ? null : cache.get(b, from, to);
        if (known != null) {
            pos = to;
        }
        return known;
    }

    /** {@code value}, kept for bytes [from, to) when its reading ended exactly there. */
    private <V> V keep(ByteKeyedCache<V> cache, int from, int to, V value) {
        if (pos == to) {
            cache.put(b, from, to, value);
        }
        return value;
    }

    /**
     * Just past the first {@code close} byte from here, or -1: the key bytes of a date, a list or the
     * entities that start here. Only a value whose reading ended exactly there is kept (a name that holds
     * the byte leaves its value unkept), and equal bytes always read as equal values, so a value found by
     * its key is the one reading would make.
     */
    private int after(byte close) {
        for (int i = pos; i < end; i++) {
            if (b[i] == close) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Within an object just opened: the number of its first field, or -1 when it is empty. */
    private int firstField(Names names) {
        return closes('}') ? -1 : field(names, 0);
    }

    /** After a field's value: the number of the next field, or -1 at the end of the object. */
    private int nextField(Names names, int previous) {
        return nextMember('}') ? field(names, previous + 1) : -1;
    }

    /** {@code seen} with {@code field} added, refusing a field given twice. */
    private long once(long seen, int field) {
        if ((seen & 1L << field) != 0) {
            throw unreadable("a field given twice");
        }
        return seen | 1L << field;
    }

    /** The number of the field whose name comes next, trying {@code likely} first (Annals writes them in order). */
    private int field(Names names, int likely) {
        expect('"');
        int field = likely < names.count() && names.at(likely, b, pos, end) ? likely : names.find(b, pos, end);
        if (field < 0) {
            throw unreadable("a field this scanner does not read");
        }
        pos += names.length(field);
        expect(':');
        return field;
    }

    /** A string value whose bytes equal one of {@code words} ignoring ASCII case, as enum values are read. */
    private <E> E word(E[] values, byte[][] words) {
        skipSpace();
        int from = pos;
        expect('"');
        while (at() != '"' && b[pos] != '\\') {
            pos++;
        }
        int length = pos - from - 1;
        expect('"');
        for (int i = 0; i < words.length; i++) {
            if (matchesIgnoringCase(words[i], from + 1, length)) {
                return values[i];
            }
        }
        throw new Unreadable("not one of the allowed words", from);
    }

    private boolean matchesIgnoringCase(byte[] word, int from, int length) {
        if (word.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            int c = b[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word[i]) {
                return false;
            }
        }
        return true;
    }

    private String string() {
        expect('"');
        int from = pos;
        int close = closingQuote();
        if (close < 0) {
            return escaped(from);
        }
        pos = close + 1;
        return text(from, close);
    }

    /** A short string that repeats (a name, a category) is shared: one instance for equal bytes. */
    private String sharedString() {
        expect('"');
        int from = pos;
        int close = closingQuote();
        if (close < 0) {
            return escaped(from);
        }
        pos = close + 1;
        if (close - from > StringPool.LONGEST_SHARED) {
            return text(from, close);
        }
        String known = sharedStrings.get(b, from, close);
        if (known == null) {
            known = text(from, close);
            sharedStrings.put(b, from, close, known);
        }
        return known;
    }

    /**
     * The index of the quote that ends the string starting here, or -1 when the string holds escapes
     * ({@code pos} is then at the first backslash). Refuses control characters, as JSON does.
     */
    private int closingQuote() {
        byte[] bytes = b;
        int i = pos;
        // Eight bytes at a time while none of them is a quote, a backslash or a control character.
        while (i + Long.BYTES <= end && !special((long) LONGS.get(bytes, i))) {
            i += Long.BYTES;
        }
        while (true) {
            if (i >= end) {
                throw new Unreadable("the bytes end early", i);
            }
            byte c = bytes[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                pos = i;
                return -1;
            }
            if ((c & 0xE0) == 0) {
                throw new Unreadable("a control character in a string", i);
            }
            i++;
        }
    }

    /** Bytes [from, to) of a string without escapes: ASCII copied as it is, anything else decoded as UTF-8. */
    private String text(int from, int to) {
        int i = from;
        while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
            i += Long.BYTES;
        }
        while (i < to && b[i] >= 0) {
            i++;
        }
        return i == to ? new String(b, from, to - from, StandardCharsets.ISO_8859_1) : utf8(from, to);
    }

    /** Whether any byte of {@code word} is a quote, a backslash or below 0x20 (bit tricks on all eight at once). */
    private static boolean special(long word) {
        long quote = word ^ 0x2222222222222222L;
        long backslash = word ^ 0x5C5C5C5C5C5C5C5CL;
        long zeroes = hasZero(quote) | hasZero(backslash) | ((word - 0x2020202020202020L) & ~word);
        return (zeroes & 0x8080808080808080L) != 0;
    }

    /** Bit 7 of a byte set for each zero byte (and possibly above one). */
    private static long hasZero(long word) {
        return (word - 0x0101010101010101L) & ~word;
    }

    /** The rest of a string that holds escapes; {@code pos} is at its first backslash. */
    private String escaped(int from) {
        StringBuilder s = new StringBuilder(pos - from + 32);
        int run = from;
        while (true) {
            byte c = at();
            if (c == '"' || c == '\\') {
                s.append(utf8(run, pos));
                pos++;
                if (c == '"') {
                    return s.toString();
                }
                s.append(unescaped());
                run = pos;
            } else if (c >= 0 && c < 0x20) {
                throw unreadable("a control character in a string");
            } else {
                pos++;
            }
        }
    }

    /** The character an escape stands for; {@code pos} is just after the backslash. */
    private char unescaped() {
        byte c = at();
        pos++;
        return switch (c) {
            case '"', '\\', '/' -> (char) c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(at(), 16);
                    if (digit < 0) {
                        throw unreadable("not a \\u escape");
                    }
                    code = code * 16 + digit;
                    pos++;
                }
                yield (char) code;
            }
            default -> throw unreadable("not an escape");
        };
    }

    /** Bytes [from, to) as UTF-8; bytes that are not UTF-8 are left to the general reader, which names them. */
    private String utf8(int from, int to) {
        try {
            return utf8.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not UTF-8", from);
        }
    }

    /** An integer as JSON writes it: no fraction, no exponent, no leading zero. */
    private int integer() {
        skipSpace();
        int from = pos;
        boolean negative = at() == '-';
        if (negative) {
            pos++;
        }
        long value = 0;
        int digits = 0;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            value = value * 10 + (b[pos++] - '0');
            if (++digits > 10) {
                throw new Unreadable("not an int", from);
            }
        }
        boolean leadingZero = digits > 1 && b[from + (negative ? 1 : 0)] == '0';
        boolean fraction = pos < end && (b[pos] == '.' || b[pos] == 'e' || b[pos] == 'E');
        value = negative ? -value : value;
        if (digits == 0 || leadingZero || fraction || value != (int) value) {
            throw new Unreadable("not an int", from);
        }
        return (int) value;
    }

    private boolean isNull() {
        skipSpace();
        if (end - pos >= 4 && b[pos] == 'n' && b[pos + 1] == 'u' && b[pos + 2] == 'l' && b[pos + 3] == 'l') {
            pos += 4;
            return true;
        }
        return false;
    }

    /** After a member: true at a comma (another follows), false at {@code close}, which ends the container. */
    private boolean nextMember(char close) {
        byte c = next();
        pos++;
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        throw new Unreadable("expected ',' or '" + close + "'", pos - 1);
    }

    /** Right after an opening bracket: true (and past it) when {@code close} follows at once. */
    private boolean closes(char close) {
        if (next() == close) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (next() != c) {
            throw unreadable("expected '" + c + "'");
        }
        pos++;
    }

    /** The first byte from here that is not white space; {@code pos} moves to it. */
    private byte next() {
        byte[] bytes = b;
        for (int i = pos; i < end; i++) {
            byte c = bytes[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                pos = i;
                return c;
            }
        }
        pos = end;
        throw unreadable("the bytes end early");
    }

    private void skipSpace() {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\n' || b[pos] == '\r' || b[pos] == '\t')) {
            pos++;
        }
    }

    private byte at() {
        if (pos >= end) {
            throw unreadable("the bytes end early");
        }
        return b[pos];
    }

    private Unreadable unreadable(String why) {
        return new Unreadable(why, pos);
    }

    private static byte[][] words(Enum<?>[] values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].name().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    /**
     * Field names as the bytes that follow the opening quote (the name and its closing quote), kept as two
     * little-endian words each so that a name is matched with one or two comparisons.
     */
    private static final class Names {
        private final byte[][] bytes;
        private final long[] words;
        private final long[] masks;

        Names(String... names) {
            bytes = new byte[names.length][];
            words = new long[names.length * 2];
            masks = new long[names.length * 2];
            for (int k = 0; k < names.length; k++) {
                bytes[k] = (names[k] + '"').getBytes(StandardCharsets.US_ASCII);
                if (bytes[k].length > 2 * Long.BYTES) {
                    throw new IllegalArgumentException("a field name longer than two words: " + names[k]);
                }
                for (int i = 0; i < bytes[k].length; i++) {
                    int word = 2 * k + i / Long.BYTES;
                    int shift = 8 * (i % Long.BYTES);
                    words[word] |= (bytes[k][i] & 0xFFL) << shift;
                    masks[word] |= 0xFFL << shift;
                }
            }
        }

        int count() {
            return bytes.length;
        }

        int length(int k) {
            return bytes[k].length;
        }

        /**
         * Whether name {@code k} stands at {@code b[i]}. It may look past {@code end} when the array goes on
         * (a name that runs past the end then fails on what follows it), so that this test stays the same
         * for every field of a chunk and the compiled scanner is not thrown away near a chunk's end.
         */
        boolean at(int k, byte[] b, int i, int end) {
            if (i + 2 * Long.BYTES <= b.length) {
                return ((long) LONGS.get(b, i) & masks[2 * k]) == words[2 * k]
                        && ((long) LONGS.get(b, i + Long.BYTES) & masks[2 * k + 1]) == words[2 * k + 1];
            }
            return Arrays.equals(b, i, Math.min(end, i + bytes[k].length), bytes[k], 0, bytes[k].length);
        }

        /** The number of the name that stands at {@code b[i]}, or -1. */
        int find(byte[] b, int i, int end) {
            for (int k = 0; k < bytes.length; k++) {
                if (at(k, b, i, end)) {
                    return k;
                }
            }
            return -1;
        }
    }
}
