package com.siteline.organization;

/** A user was deactivated: their open sessions end (the security module listens). */
public record UserDeactivated(String username) {}
