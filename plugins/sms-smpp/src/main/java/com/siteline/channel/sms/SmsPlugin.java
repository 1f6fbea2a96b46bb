package com.siteline.channel.sms;

import org.pf4j.Plugin;

/** PF4J entry point of the SMS channel; the channel itself is {@link SmppChannel}. */
public class SmsPlugin extends Plugin {}
