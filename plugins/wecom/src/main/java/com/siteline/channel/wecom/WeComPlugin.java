package com.siteline.channel.wecom;

import org.pf4j.Plugin;

/** PF4J entry point of the WeChat Work channel; the channel itself is {@link WeComRobotChannel}. */
public class WeComPlugin extends Plugin {}
