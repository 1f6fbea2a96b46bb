package com.siteline.base;

import java.util.List;

/** Input that cannot be stored; each problem is a bundle key of the field it concerns. */
public class InvalidInputException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
