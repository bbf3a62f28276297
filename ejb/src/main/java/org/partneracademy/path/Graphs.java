package org.partneracademy.path;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cycle detection in the directed graphs of this feature: path prerequisites, course prerequisites and
 * equivalencies. Each of them must stay acyclic, or "complete A before B" could never be satisfied and
 * "A counts for B" would go round in circles.
 */
public final class Graphs {

    private Graphs() {
    }

    /**
     * A cycle of the graph, if it has one, as the nodes along it with the first repeated at the end
     * (a → b → a); a node pointing at itself is a cycle of one (a → a).
     */
    public static <T> Optional<List<T>> findCycle(Map<T, ? extends Collection<T>> edges) {
        Map<T, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current path, 2: done
        for (T start : edges.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            var cycle = visit(start, edges, state);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    /** Iterative depth-first search, so a long prerequisite chain cannot overflow the stack. */
    private static <T> Optional<List<T>> visit(T start, Map<T, ? extends Collection<T>> edges, Map<T, Integer> state) {
        Deque<T> path = new ArrayDeque<>();
        Deque<Iterator<T>> pending = new ArrayDeque<>();
        path.push(start);
        pending.push(successors(start, edges).iterator());
        state.put(start, 1);
        while (!pending.isEmpty()) {
            var next = pending.peek();
            if (!next.hasNext()) {
                state.put(path.pop(), 2);
                pending.pop();
                continue;
            }
            T node = next.next();
            Integer seen = state.get(node);
            if (seen == null) {
                state.put(node, 1);
                path.push(node);
                pending.push(successors(node, edges).iterator());
            } else if (seen == 1) {
                List<T> cycle = new ArrayList<>();
                var onPath = new ArrayList<>(path);
                Collections.reverse(onPath);
                cycle.addAll(onPath.subList(onPath.indexOf(node), onPath.size()));
                cycle.add(node);
                return Optional.of(cycle);
            }
        }
        return Optional.empty();
    }

    private static <T> Collection<T> successors(T node, Map<T, ? extends Collection<T>> edges) {
        Collection<T> out = edges.get(node);
        return out == null ? List.of() : out;
    }

    /** Every node reachable from the start by following edges backwards, i.e. everything that leads to it. */
    public static <T> Set<T> reaching(T start, Map<T, ? extends Collection<T>> edges) {
        Map<T, Set<T>> reverse = new HashMap<>();
        edges.forEach((from, tos) -> tos.forEach(to -> reverse.computeIfAbsent(to, k -> new HashSet<>()).add(from)));
        Set<T> found = new HashSet<>();
        Deque<T> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            for (T from : reverse.getOrDefault(pending.pop(), Set.of())) {
                if (found.add(from)) {
                    pending.push(from);
                }
            }
        }
        return found;
    }
}
