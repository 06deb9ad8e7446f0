package dev.annals.loader;

/** Small string operations the loader needs in linear time, where a regular expression would backtrack on long runs. */
final class Texts {
    private Texts() {
    }

    /** {@code s} without the characters of {@code chars} at its end ("Albania.," → "Albania"). */
    static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
