package dev.annals.loader;

import dev.annals.model.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Turns an article's bytes into lines of text: refuses what is not text, strips a byte-order mark,
 * reads UTF-8 (falling back to Windows-1252 with a warning) and normalises line ends.
 */
public final class ArticleDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which a file is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final LoaderOptions options;

    public ArticleDecoder(LoaderOptions options) {
        this.options = options;
    }

    /**
     * @param shownName the file as the user named it, for messages
     * @param fileName  the file's own name, kept with the text
     */
    public SourceText decode(String shownName, String fileName, byte[] bytes) throws LoadException {
        if (bytes.length > options.maxBytes()) {
            throw tooLarge(shownName, bytes.length);
        }
        List<Problem> problems = new ArrayList<>();
        String text = toText(shownName, bytes, problems);
        if (text.isBlank()) {
            throw new LoadException(shownName, 0, "the file is empty; an article needs at least a '= Title =' line");
        }
        refuseBinary(shownName, text);
        List<String> lines = splitLines(text, problems);
        return new SourceText(fileName, sha256(bytes), lines, problems);
    }

    LoadException tooLarge(String fileName, long size) {
        String limit = megabytes(options.maxBytes());
        String actual = megabytes(size);
        if (actual.equals(limit)) { // one byte over would read "33.6 MB is over the 33.6 MB limit"
            actual = String.format(Locale.ROOT, "%,d bytes", size);
            limit = String.format(Locale.ROOT, "%,d-byte", options.maxBytes());
        }
        return new LoadException(fileName, 0, actual + " is over the " + limit
                + " limit for an article (raise it with --max-size)");
    }

    /** For a stream whose size is not known in advance (a pipe, a device). */
    LoadException tooLarge(String fileName) {
        return new LoadException(fileName, 0, "more than the " + megabytes(options.maxBytes())
                + " limit for an article (raise it with --max-size)");
    }

    /** Megabytes of 1,000,000 bytes, the unit of --max-size: "32 MB", "33.6 MB". */
    private static String megabytes(long bytes) {
        return new java.math.BigDecimal(bytes).movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " MB";
    }

    private String toText(String fileName, byte[] bytes, List<Problem> problems) throws LoadException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new LoadException(fileName, lineOfByte(bytes, nul),
                    "not a text article or a timeline: it looks like a binary file (a NUL byte)");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return utf8.decode(in).toString();
        } catch (MalformedInputException e) {
            return decodeByLine(bytes, start, problems);
        } catch (CharacterCodingException e) {
            throw new LoadException(fileName, 0, "cannot be decoded as text: " + e.getMessage());
        }
    }

    /**
     * Reads each line as UTF-8 where it is valid and as Windows-1252 where it is not, so one stray
     * Latin-1 byte does not garble the UTF-8 of every other line. Line ends are kept as they are.
     */
    private static String decodeByLine(byte[] bytes, int start, List<Problem> problems) {
        StringBuilder text = new StringBuilder(bytes.length);
        int line = 1;
        int firstBad = 0;
        int badLines = 0;
        byte badByte = 0;
        int i = start;
        while (i < bytes.length) {
            int end = i;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, i, end - i);
            try {
                text.append(utf8.decode(in));
            } catch (CharacterCodingException e) {
                if (badLines++ == 0) {
                    firstBad = line;
                    badByte = bytes[in.position()];
                }
                text.append(new String(bytes, i, end - i, WINDOWS_1252));
            }
            int next = end;
            if (next < bytes.length) {
                next += bytes[next] == '\r' && next + 1 < bytes.length && bytes[next + 1] == '\n' ? 2 : 1;
                text.append(new String(bytes, end, next - end, StandardCharsets.US_ASCII));
                line++;
            }
            i = next;
        }
        problems.add(new Problem(firstBad, "encoding", "not valid UTF-8 (byte 0x" + HexFormat.of().toHexDigits(badByte)
                + "); this line" + (badLines > 1 ? " and " + (badLines - 1) + " more" : "")
                + " were read as Windows-1252, save the file as UTF-8 to be sure"));
        return text.toString();
    }

    private static void refuseBinary(String fileName, String text) throws LoadException {
        int sample = Math.min(text.length(), 65_536);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > sample * MAX_CONTROL_SHARE) {
            throw new LoadException(fileName, 0, "not a text article or a timeline: it looks like a binary file ("
                    + controls + " control characters in the first " + sample + ")");
        }
    }

    /**
     * The text's lines, as a list that makes each line's string when it is asked for: a file of millions of
     * short lines kept a string for each (some 50 bytes for "- a"), and the parser needs each only once.
     */
    private List<String> splitLines(String text, List<Problem> problems) {
        int n = text.length();
        int breaks = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            breaks += c == '\n' || c == '\r' ? 1 : 0;
        }
        int[] starts = new int[breaks + 1]; // at most one line per break and one more; -1 - start: a skipped line
        int count = 0;
        int start = 0;
        while (start <= n) {
            int end = Lines.end(text, start);
            starts[count] = start;
            if (end - start > options.maxLineLength()) {
                problems.add(new Problem(count + 1, "too-long", String.format(Locale.ROOT,
                        "%,d characters in one line; lines over %,d characters are skipped",
                        end - start, options.maxLineLength())));
                starts[count] = -1 - start;
            }
            count++;
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return new Lines(text, starts, count);
    }

    /** Lines of a text by where they start; a skipped line reads as empty. */
    private static final class Lines extends AbstractList<String> implements RandomAccess {
        private final String text;
        private final int[] starts;
        private final int size;

        Lines(String text, int[] starts, int size) {
            this.text = text;
            this.starts = starts;
            this.size = size;
        }

        /** Where the line that starts at {@code start} ends: at the next line break, or the end of the text. */
        static int end(String text, int start) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return end;
        }

        @Override
        public String get(int index) {
            Objects.checkIndex(index, size);
            int start = starts[index];
            return start < 0 ? "" : text.substring(start, end(text, start));
        }

        @Override
        public int size() {
            return size;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The line a byte is on, counting CRLF, lone CR and LF line ends as the parser does. */
    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            boolean loneCr = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (bytes[i] == '\n' || loneCr) {
                line++;
            }
        }
        return line;
    }

    /** The SHA-256 of the bytes in hex, as a timeline's source records it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

}
