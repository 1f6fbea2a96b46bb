package com.siteline.project.internal;

import com.siteline.base.RefusedException;
import com.siteline.project.RequirementStatus;
import java.util.List;

/** The project cannot leave its stage: these requirements are not met (each names what is missing). */
public class StageGateException extends RefusedException {

    private final transient List<RequirementStatus> missing;

    public StageGateException(List<RequirementStatus> missing) {
        super("project.gate.blocked");
        this.missing = List.copyOf(missing);
    }

    public List<RequirementStatus> missing() {
        return missing;
    }
}
