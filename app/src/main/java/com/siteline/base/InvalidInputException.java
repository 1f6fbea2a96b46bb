package com.siteline.base;

import java.util.List;
import java.util.Optional;

/**
 * Input that cannot be stored. Each problem is a bundle key and, where it concerns one field, the field named by
 * the input's {@link InputField} type. Nothing was stored.
 */
public class InvalidInputException extends RefusedException {

    private final List<Problem> problems;

    /** Problems of the input as a whole (no field named). */
    public InvalidInputException(List<String> problems) {
        super(Message.of(problems.getFirst()));
        this.problems = problems.stream().map(Problem::general).toList();
    }

    public InvalidInputException(InputProblems problems) {
        super(Message.of(problems.keys().getFirst()));
        this.problems = problems.all();
    }

    /** The bundle keys of all problems, in the order found, each once. */
    public List<String> problems() {
        return problems.stream().map(Problem::key).distinct().toList();
    }

    /** Every problem with the field it names. */
    public List<Problem> named() {
        return problems;
    }

    /** The first problem of {@code field}, if the input has one. */
    public Optional<String> on(InputField field) {
        return problems.stream()
                .filter(p -> field.equals(p.field()))
                .map(Problem::key)
                .findFirst();
    }
}
