package com.siteline.audit;

/**
 * The result of checking the hash chain: how many rows were read, and the id of the first row whose hash
 * does not follow from its content and its predecessor's hash (null when the chain is whole). {@code headBroken}
 * says that the rows are whole but the chain's head does not name the last of them (rows removed at the end).
 */
public record ChainCheck(long checked, Long firstBrokenId, boolean headBroken) {

    public boolean intact() {
        return firstBrokenId == null && !headBroken;
    }
}
