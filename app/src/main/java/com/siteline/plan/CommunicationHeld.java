package com.siteline.plan;

/**
 * Published by the module that keeps a record of planned communication when one is made (the weekly report sent), in
 * its transaction: the task it holds is held with it.
 */
public record CommunicationHeld(long projectId, HeldRecord record) {}
