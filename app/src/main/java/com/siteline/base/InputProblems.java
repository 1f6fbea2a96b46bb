package com.siteline.base;

import java.util.ArrayList;
import java.util.List;

/**
 * What a service finds wrong with an input, field by field, before it stores anything; {@link #refuseIfAny()}
 * turns them into one {@link InvalidInputException}.
 */
public final class InputProblems {

    private final List<Problem> problems = new ArrayList<>();

    /** A problem of one field. A field's first problem is kept; a later one of the same key is dropped. */
    public InputProblems add(InputField field, String key) {
        Problem problem = new Problem(field, key);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
        return this;
    }

    /** A problem of the input as a whole. */
    public InputProblems add(String key) {
        return add(null, key);
    }

    /** Adds every problem {@code others} found. */
    public InputProblems addAll(InputProblems others) {
        others.problems.forEach(p -> add(p.field(), p.key()));
        return this;
    }

    /** Adds {@code key} on {@code field} when the text, stripped, is longer than {@code max} characters. */
    public InputProblems maxLength(InputField field, String text, int max, String key) {
        if (text != null && text.strip().length() > max) {
            add(field, key);
        }
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    /** The bundle keys, in the order found, each once (a key may concern several fields). */
    public List<String> keys() {
        return problems.stream().map(Problem::key).distinct().toList();
    }

    /** @throws InvalidInputException when any problem was found (nothing is stored then) */
    public void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(this);
        }
    }
}
