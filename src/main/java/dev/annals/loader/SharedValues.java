package dev.annals.loader;

/**
 * Lets values that come again soon share one object: a sentence repeated line after line, the same date,
 * headline or entities in event after event. A cache of a fixed number of slots, one per hash, that keeps
 * the latest value of each slot: it costs nothing to grow, and a file of one repeated sentence keeps one
 * copy of its text instead of one per line.
 */
final class SharedValues {
    private static final int SLOTS = 4096;
    private final Object[] slots = new Object[SLOTS];

    /** {@code value}, or an equal value met just before it (null stays null). */
    @SuppressWarnings("unchecked") // an equal object is of the same type: every equals() here checks the class
    <T> T share(T value) {
        if (value == null) {
            return null;
        }
        int h = value.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        Object kept = slots[slot];
        if (value.equals(kept)) {
            return (T) kept;
        }
        slots[slot] = value;
        return value;
    }
}
