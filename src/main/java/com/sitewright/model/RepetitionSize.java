package com.sitewright.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How long a regular expression would be with its counted repetitions written out: {@code (a{1000}){1000}} stands
 * for a million characters. RE2/J compiles repetitions that way, so nested counts of a few characters can take all
 * memory before any text is matched. The estimate only has to be an upper bound of the right order; it reads
 * escapes, classes, groups and quantifiers and nothing more.
 */
final class RepetitionSize {

    /** Anything larger is as bad as this, and the product of nested counts must not overflow. */
    private static final long CAP = Long.MAX_VALUE / 4;

    private RepetitionSize() {}

    static long of(String regex) {
        Deque<Group> open = new ArrayDeque<>();
        Group current = new Group();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    i = skipEscape(regex, i);
                    current.atom(1);
                    continue;
                }
                case '[' -> {
                    i = skipClass(regex, i);
                    current.atom(1);
                    continue;
                }
                case '(' -> {
                    open.push(current);
                    current = new Group();
                }
                case ')' -> {
                    long size = current.total();
                    current = open.isEmpty() ? new Group() : open.pop();
                    current.atom(size);
                }
                case '|' -> current.alternative();
                case '{' -> {
                    int end = regex.indexOf('}', i);
                    long count = end < 0 ? -1 : largestCount(regex.substring(i + 1, end));
                    if (count >= 0) {
                        current.repeatLast(count);
                        i = end + 1;
                        continue;
                    }
                    current.atom(1);
                }
                case '*', '+', '?' -> current.repeatLast(1);
                default -> current.atom(1);
            }
            i++;
        }
        while (!open.isEmpty()) {
            long size = current.total();
            current = open.pop();
            current.atom(size);
        }
        return current.total();
    }

    /** The count a {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier writes out; -1 when it is a literal brace. */
    private static long largestCount(String inside) {
        if (!inside.matches("\\d{1,9}(,\\d{0,9})?")) {
            return -1;
        }
        int comma = inside.indexOf(',');
        long min = Long.parseLong(comma < 0 ? inside : inside.substring(0, comma));
        if (comma < 0) {
            return min;
        }
        String max = inside.substring(comma + 1);
        return max.isEmpty() ? min + 1 : Math.max(min, Long.parseLong(max));
    }

    private static int skipEscape(String regex, int i) {
        int next = i + 1;
        if (next >= regex.length()) {
            return next;
        }
        char kind = regex.charAt(next);
        if (kind == 'Q') {
            int end = regex.indexOf("\\E", next);
            return end < 0 ? regex.length() : end + 2;
        }
        if ((kind == 'p' || kind == 'P' || kind == 'x') && next + 1 < regex.length() && regex.charAt(next + 1) == '{') {
            int end = regex.indexOf('}', next);
            return end < 0 ? regex.length() : end + 1;
        }
        return next + 1;
    }

    private static int skipClass(String regex, int i) {
        int j = i + 1;
        if (j < regex.length() && regex.charAt(j) == '^') {
            j++;
        }
        if (j < regex.length() && regex.charAt(j) == ']') {
            j++;
        }
        while (j < regex.length()) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j = skipEscape(regex, j);
            } else if (c == '[' && j + 1 < regex.length() && regex.charAt(j + 1) == ':') {
                int end = regex.indexOf(":]", j + 2);
                j = end < 0 ? j + 1 : end + 2;
            } else if (c == ']') {
                return j + 1;
            } else {
                j++;
            }
        }
        return j;
    }

    /** One group's size: the sum of its alternatives, each the sum of its parts. */
    private static final class Group {
        private long finished;
        private long sequence;
        private long last;

        void atom(long size) {
            sequence = add(sequence, size);
            last = size;
        }

        void repeatLast(long count) {
            long repeated = multiply(last, Math.max(1, count));
            sequence = add(sequence - last, repeated);
            last = repeated;
        }

        void alternative() {
            finished = add(finished, sequence);
            sequence = 0;
            last = 0;
        }

        long total() {
            return add(finished, sequence);
        }

        private static long add(long a, long b) {
            return Math.min(CAP, a + b);
        }

        private static long multiply(long a, long b) {
            return a != 0 && b > CAP / a ? CAP : Math.min(CAP, a * b);
        }
    }
}
