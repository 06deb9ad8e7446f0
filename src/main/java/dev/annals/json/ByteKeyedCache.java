package dev.annals.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Values found by the bytes they were read from, so that a value repeated across a large file (a date,
 * a section path, a list of names) is read and made once. An open-addressing table; it stops taking new
 * values at a bound, so a file whose values never repeat costs a bounded amount of memory.
 */
final class ByteKeyedCache<V> {
    private static final int MOST = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private int[] hashes = new int[256];
    private byte[][] keys = new byte[256][];
    private Object[] values = new Object[256];
    private int size;

    /** The value stored for bytes {@code b[from, to)}, or null. */
    @SuppressWarnings("unchecked")
    V get(byte[] b, int from, int to) {
        int hash = hash(b, from, to);
        int mask = keys.length - 1;
        for (int i = hash & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && Arrays.equals(keys[i], 0, keys[i].length, b, from, to)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Stores {@code value} for bytes {@code b[from, to)}, which must not be stored yet. */
    void put(byte[] b, int from, int to, V value) {
        if (size >= MOST) {
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(hash(b, from, to), Arrays.copyOfRange(b, from, to), value);
        size++;
    }

    private void insert(int hash, byte[] key, Object value) {
        int mask = keys.length - 1;
        int i = hash & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        int[] oldHashes = hashes;
        byte[][] oldKeys = keys;
        Object[] oldValues = values;
        hashes = new int[oldKeys.length * 2];
        keys = new byte[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldHashes[i], oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Eight bytes at a time: keys are short, but there is one lookup for most values of a large file. */
    private static int hash(byte[] b, int from, int to) {
        long h = 1;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            h = 31 * h + (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 32;
        return (int) (h ^ (h >>> 16)); // spread the high bits over the low ones that pick the slot
    }
}
