package com.siteline.project;

import java.util.List;

/** The project cannot leave its stage: these requirements are not met. */
public class StageGateException extends RuntimeException {

    private final transient List<RequirementStatus> missing;

    public StageGateException(List<RequirementStatus> missing) {
        super("stage incomplete: " + missing.stream().map(m -> m.requirement().refId()).toList());
        this.missing = List.copyOf(missing);
    }

    public List<RequirementStatus> missing() {
        return missing;
    }
}
