package org.servelab.ui.model;

import java.util.Arrays;

/**
 * The queue levels and the buffer as intrusive doubly linked lists over job indices, so that joining,
 * leaving from the middle (promotion) and walking a lane are all cheap for thousands of jobs. List
 * {@code levels()} is the buffer. Read by the queue views; changed only by {@link RunModel}.
 */
public final class QueueState {

    private int levels;
    private int[] head = new int[0];
    private int[] tail = new int[0];
    private int[] size = new int[0];
    private int[] next = new int[0];
    private int[] prev = new int[0];
    private int[] listOf = new int[0];

    void reset(int levelCount, int jobs) {
        levels = levelCount;
        head = filled(levelCount + 1);
        tail = filled(levelCount + 1);
        size = new int[levelCount + 1];
        next = filled(jobs);
        prev = filled(jobs);
        listOf = filled(jobs);
    }

    /** Makes this an exact copy of {@code o} (checkpoints). */
    void copyFrom(QueueState o) {
        levels = o.levels;
        head = copy(head, o.head);
        tail = copy(tail, o.tail);
        size = copy(size, o.size);
        next = copy(next, o.next);
        prev = copy(prev, o.prev);
        listOf = copy(listOf, o.listOf);
    }

    static int[] copy(int[] into, int[] from) {
        if (into == null || into.length != from.length) {
            return from.clone();
        }
        System.arraycopy(from, 0, into, 0, from.length);
        return into;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** Number of queue levels (the buffer not counted). */
    public int levels() {
        return levels;
    }

    /** Index of the buffer list. */
    public int buffer() {
        return levels;
    }

    public int size(int list) {
        return size[list];
    }

    /** First job of a list, or -1. */
    public int first(int list) {
        return head[list];
    }

    /** The job after {@code job} in its list, or -1. */
    public int next(int job) {
        return next[job];
    }

    /** The list a job is in, or -1. */
    public int listOf(int job) {
        return listOf[job];
    }

    /** Position of the job in its list (0 = head), or -1; walks the list. */
    public int positionOf(int job) {
        int list = listOf[job];
        if (list < 0) {
            return -1;
        }
        int k = 0;
        for (int j = head[list]; j >= 0; j = next[j]) {
            if (j == job) {
                return k;
            }
            k++;
        }
        return -1;
    }

    void append(int list, int job) {
        remove(job);
        prev[job] = tail[list];
        next[job] = -1;
        if (tail[list] >= 0) {
            next[tail[list]] = job;
        } else {
            head[list] = job;
        }
        tail[list] = job;
        listOf[job] = list;
        size[list]++;
    }

    void prepend(int list, int job) {
        remove(job);
        next[job] = head[list];
        prev[job] = -1;
        if (head[list] >= 0) {
            prev[head[list]] = job;
        } else {
            tail[list] = job;
        }
        head[list] = job;
        listOf[job] = list;
        size[list]++;
    }

    void remove(int job) {
        int list = listOf[job];
        if (list < 0) {
            return;
        }
        if (prev[job] >= 0) {
            next[prev[job]] = next[job];
        } else {
            head[list] = next[job];
        }
        if (next[job] >= 0) {
            prev[next[job]] = prev[job];
        } else {
            tail[list] = prev[job];
        }
        prev[job] = -1;
        next[job] = -1;
        listOf[job] = -1;
        size[list]--;
    }
}
