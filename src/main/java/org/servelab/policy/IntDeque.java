package org.servelab.policy;

import java.util.Arrays;
import java.util.NoSuchElementException;

/** A growable ring buffer of ints: a job queue that does not box its entries. */
public final class IntDeque {

    private int[] items = new int[16];
    private int head;
    private int size;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void addLast(int value) {
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = value;
        size++;
    }

    public int peekFirst() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return items[head];
    }

    public int pollFirst() {
        int v = peekFirst();
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    /** The i-th item from the head. */
    public int get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return items[(head + i) & (items.length - 1)];
    }

    /** Removes the i-th item from the head, keeping the order of the rest. */
    public int removeAt(int i) {
        int v = get(i);
        for (int k = i; k < size - 1; k++) {
            items[(head + k) & (items.length - 1)] = items[(head + k + 1) & (items.length - 1)];
        }
        size--;
        return v;
    }

    public void clear() {
        head = 0;
        size = 0;
    }

    public int[] toArray() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    private void grow() {
        int[] bigger = new int[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = items[(head + i) & (items.length - 1)];
        }
        items = bigger;
        head = 0;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
