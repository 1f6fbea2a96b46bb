package com.siteline.base;

import java.util.List;

/** Input that cannot be stored; each problem is a bundle key of the field it concerns. Nothing was stored. */
public class InvalidInputException extends RefusedException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(Message.of(problems.getFirst()));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
