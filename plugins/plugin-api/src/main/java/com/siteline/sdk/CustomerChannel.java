package com.siteline.sdk;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A way to reach customers that a plugin brings (an SMS gateway, a WeChat Work account): Siteline hands it the
 * messages its rules let through (consent, quiet hours, caps, the channel's rate) and hears back from it how they
 * fared and what customers answered. The host keeps the queue, the retries, the fallback to the customer's next
 * channel and the outbox; the plugin only speaks its protocol. The core's e-mail channel obeys the same contract.
 *
 * <p>Settings (account, keys) are entered by administrators in {@code admin/channels}, stored encrypted by the
 * host and handed to {@link #connect} only. @since 1.8
 */
public interface CustomerChannel extends ExtensionPoint {

    /** A short stable id for the outbox and the settings, e.g. {@code sms}. */
    String id();

    /** The channel's name in zh-CN and English. */
    LocalizedText name();

    /** Which of a customer's addresses this channel writes to. */
    AddressKind addressKind();

    /** What an administrator enters to use the channel (host, account, password…), in the order shown. */
    List<ChannelSetting> settings();

    /** Messages a second the gateway accepts at most; the host never hands over more. */
    default double maxPerSecond() {
        return 5;
    }

    /** Whether the channel may send while the customer's unit keeps quiet hours (SMS and robots may not). */
    default boolean respectsQuietHours() {
        return true;
    }

    /**
     * Opens a connection with the administrator's settings. Called for "test connection" too: the exception's
     * message must tell an administrator what is wrong (host unreachable, password refused) in plain words.
     *
     * @param settings the values of {@link #settings()} by key (defaults filled in)
     * @param receiver where delivery receipts and customers' answers go; may be called from any thread
     */
    Connection connect(Map<String, String> settings, Receiver receiver) throws ChannelException;

    /** Which address of a customer a channel uses. */
    enum AddressKind {
        /** the mobile number (SMS) */
        PHONE,
        /** the e-mail address */
        EMAIL,
        /** an address of the channel's own (a WeChat Work chat or user id), entered per customer */
        ACCOUNT
    }

    /** An open connection to the gateway. The host sends from one thread at a time and closes it when done. */
    interface Connection extends AutoCloseable {

        /**
         * Hands one message to the gateway.
         *
         * @return the gateway's references for it (one per part for a split SMS), matched with later receipts
         * @throws ChannelException when the gateway refused it; {@link ChannelException#retryable()} tells the
         *     host whether the same message may be tried again later on this channel
         */
        List<String> send(OutgoingText message) throws ChannelException;

        /** Whether the connection still works (the host opens a new one when not). */
        default boolean isOpen() {
            return true;
        }

        @Override
        void close();
    }

    /** What the gateway reports back; the host records it against the message or the customer. */
    interface Receiver {

        /** A delivery receipt for a reference {@link Connection#send} returned. */
        void receipt(String reference, boolean delivered, String detail);

        /** A customer's own message from an address on this channel (a reply, an SMS "1"). */
        void reply(String fromAddress, String text);
    }
}
