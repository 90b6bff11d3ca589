package com.sitewright.generation.blueprint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Produces the title of the item at an index. Every source guarantees distinct titles for distinct
 * indexes of one type, because items are generated independently and cannot check each other.
 */
@FunctionalInterface
interface TitleSource {

    Title title(int index, long typeSeed);

    /** The given names in order (home pages, policies); later indexes repeat them with a number. */
    static TitleSource fixed(List<String> names) {
        List<String> copy = List.copyOf(names);
        return (index, typeSeed) -> {
            String name = copy.get(index % copy.size());
            int round = index / copy.size();
            return new Title(round == 0 ? name : name + " No. " + (round + 1), List.of(name));
        };
    }

    static TitleSource fixed(String... names) {
        return fixed(Arrays.asList(names));
    }

    /**
     * A mixed-radix combination of the lists: the index (shuffled by a seeded bijection so neighbours
     * differ) picks one entry of each list; past the last combination the title gets " No. n".
     */
    @SafeVarargs
    static TitleSource combo(Function<Parts, String> format, List<?>... lists) {
        List<List<?>> parts = Arrays.stream(lists).<List<?>>map(List::copyOf).toList();
        long size = 1;
        for (List<?> list : parts) {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("empty title vocabulary");
            }
            size = Math.multiplyExact(size, list.size());
        }
        if (size > 2_000_000_000L) {
            throw new IllegalArgumentException("title space too large: " + size);
        }
        long total = size;
        long stride = strideFor(total);
        return (index, typeSeed) -> {
            long round = index / total;
            long position = Math.floorMod(index % total * stride + Math.floorMod(typeSeed, total), total);
            Object[] chosen = new Object[parts.size()];
            for (int i = parts.size() - 1; i >= 0; i--) {
                List<?> list = parts.get(i);
                chosen[i] = list.get((int) (position % list.size()));
                position /= list.size();
            }
            List<Object> choice = List.of(chosen);
            String text = format.apply(new Parts(choice));
            return new Title(round == 0 ? text : text + " No. " + (round + 1), choice);
        };
    }

    /**
     * Interleaves sources by weight (e.g. 6 drinks, 3 foods, 1 retail in every 10 items). Each title's
     * first part is the tag of the source it came from; the sources must never produce the same text.
     */
    static TitleSource mix(List<String> tags, int[] weights, List<TitleSource> sources) {
        int cycle = Arrays.stream(weights).sum();
        return (index, typeSeed) -> {
            int round = index / cycle;
            int rest = index % cycle;
            for (int s = 0; s < sources.size(); s++) {
                if (rest < weights[s]) {
                    Title title = sources.get(s).title(round * weights[s] + rest, typeSeed + s);
                    List<Object> parts = new ArrayList<>(title.parts().size() + 1);
                    parts.add(tags.get(s));
                    parts.addAll(title.parts());
                    return new Title(title.text(), List.copyOf(parts));
                }
                rest -= weights[s];
            }
            throw new IllegalStateException("unreachable");
        };
    }

    /** The entries a {@link #combo} title is made of: words, or records of a resource file. */
    record Parts(List<?> values) {

        String get(int i) {
            return (String) values.get(i);
        }

        <T> T get(int i, Class<T> type) {
            return type.cast(values.get(i));
        }
    }

    private static long strideFor(long size) {
        long[] primes = {1_000_003L, 999_983L, 104_729L, 7_919L, 7_907L};
        for (long prime : primes) {
            if (BigInteger.valueOf(prime).gcd(BigInteger.valueOf(size)).equals(BigInteger.ONE)) {
                return prime % size == 0 ? 1 : prime;
            }
        }
        return 1;
    }
}
