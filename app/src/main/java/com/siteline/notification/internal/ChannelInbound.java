package com.siteline.notification.internal;

import com.siteline.notification.CustomerReplied;
import com.siteline.notification.MessageOutcome;
import com.siteline.sdk.CustomerChannel;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the channels report back: receipts settle a sent message (delivered when every part is; an undelivered part
 * sends the message on to the customer's next channel), and a customer's own message is the answer to the newest
 * message sent to that address on that channel.
 */
@Component
class ChannelInbound {

    private static final Logger log = LoggerFactory.getLogger(ChannelInbound.class);
    /** A receipt waits this long for its message's references; an older one is for an earlier use of the id. */
    static final java.time.Duration EARLY = java.time.Duration.ofMinutes(10);

    private final CustomerMessageRepository messages;
    private final MessagePartRepository parts;
    private final AddressFailureRepository failures;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    ChannelInbound(
            CustomerMessageRepository messages,
            MessagePartRepository parts,
            AddressFailureRepository failures,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.parts = parts;
        this.failures = failures;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    CustomerChannel.Receiver receiverFor(String channel) {
        return new CustomerChannel.Receiver() {
            @Override
            public void receipt(String reference, boolean delivered, String detail) {
                try {
                    ChannelInbound.this.receipt(channel, reference, delivered, detail, clock.instant());
                } catch (RuntimeException e) {
                    log.warn("Receipt {} of channel {} not recorded", reference, channel, e);
                }
            }

            @Override
            public void reply(String fromAddress, String text) {
                try {
                    ChannelInbound.this.reply(channel, fromAddress, text, clock.instant());
                } catch (RuntimeException e) {
                    log.warn("A message from {} on channel {} not recorded", fromAddress, channel, e);
                }
            }
        };
    }

    void receipt(String channel, String reference, boolean delivered, String detail, java.time.Instant at) {
        tx.executeWithoutResult(status -> {
            MessagePartRow part = parts.findByChannelAndReference(channel, reference)
                    .orElseGet(() -> new MessagePartRow(null, channel, reference));
            part.receipt(delivered, detail, at);
            parts.saveAndFlush(part);
            if (part.getMessageId() != null) {
                settle(part.getMessageId(), at);
            }
        });
    }

    /** Stores a sent message's references, joining receipts that came first; settles it when they all did. */
    void sent(long messageId, String channel, List<String> references) {
        boolean early = false;
        java.time.Instant now = clock.instant();
        for (String reference : references) {
            MessagePartRow part =
                    parts.findByChannelAndReference(channel, reference).orElse(null);
            if (part != null
                    && (part.getMessageId() != null || part.getReceiptAt().isBefore(now.minus(EARLY)))) {
                // a gateway that reuses its ids (a restarted SMSC): the old part keeps its history under another key
                part.retire();
                parts.saveAndFlush(part);
                part = null;
            }
            if (part == null) {
                part = new MessagePartRow(messageId, channel, reference);
            }
            early |= part.getReceiptAt() != null;
            part.belongsTo(messageId);
            parts.save(part);
        }
        if (early) {
            parts.flush();
            settle(messageId, clock.instant());
        }
    }

    private void settle(long messageId, java.time.Instant at) {
        CustomerMessageRow message = messages.findById(messageId).orElseThrow();
        if (message.getOutcome() != MessageOutcome.SENT && message.getOutcome() != MessageOutcome.DELIVERED) {
            return;
        }
        List<MessagePartRow> all = parts.findByMessageId(messageId).stream()
                .filter(p -> p.getChannel().equals(message.getChannel()))
                .toList();
        all.stream()
                .filter(p -> Boolean.FALSE.equals(p.getDelivered()))
                .findFirst()
                .ifPresentOrElse(
                        undelivered -> message.channelFailed(
                                message.getChannel(), "not delivered (" + undelivered.getDetail() + ")", at),
                        () -> {
                            if (all.stream().allMatch(p -> Boolean.TRUE.equals(p.getDelivered()))) {
                                message.delivered(all.stream()
                                        .map(MessagePartRow::getReceiptAt)
                                        .max(java.util.Comparator.naturalOrder())
                                        .orElse(at));
                            }
                        });
    }

    void reply(String channel, String from, String text, java.time.Instant now) {
        reply(channel, from, text, now, null, List.of());
    }

    /**
     * A customer's message: the answer to the message it names (a mail's subject tag), or else to the newest one sent
     * to that address on that channel.
     *
     * @return whether a message to the sender was found (an unknown sender's message is not kept)
     */
    boolean reply(
            String channel,
            String from,
            String text,
            java.time.Instant now,
            Long answering,
            List<CustomerReplied.File> files) {
        String body = text == null ? "" : text.strip();
        return Boolean.TRUE.equals(tx.execute(status -> {
            java.util.Optional<CustomerMessageRow> named = answering == null
                    ? java.util.Optional.empty()
                    : messages.findById(answering).filter(m -> channel.equals(m.getChannel()));
            java.util.Optional<CustomerMessageRow> found = named.isPresent()
                    ? named
                    : messages.findFirstByChannelAndAddressAndSentAtNotNullOrderBySentAtDescIdDesc(channel, from);
            if (found.isEmpty()) {
                log.warn("A message on channel {} from {}, who was sent nothing, is not kept", channel, from);
                return false;
            }
            CustomerMessageRow message = found.get();
            message.replied(body, now);
            events.publishEvent(new CustomerReplied(
                    message.getCustomerId(),
                    message.getBusinessUnitId(),
                    message.getId(),
                    message.getKind(),
                    channel,
                    from,
                    body,
                    now,
                    files,
                    message.getIssueId(),
                    message.getProjectId()));
            return true;
        }));
    }

    /** A message the channel could not deliver after all (a bounce): it goes on to the customer's next channel. */
    void bounced(long messageId, String channel, String detail, java.time.Instant at) {
        tx.executeWithoutResult(status -> messages.findById(messageId)
                .filter(m -> channel.equals(m.getChannel())
                        && (m.getOutcome() == MessageOutcome.SENT || m.getOutcome() == MessageOutcome.DELIVERED))
                .ifPresent(m -> {
                    m.channelFailed(channel, detail, at);
                    // the address is failing: later messages skip it too
                    if (m.getAddress() != null) {
                        AddressFailureRow failure = failures.findByChannelIdAndAddress(channel, m.getAddress())
                                .orElseGet(() -> new AddressFailureRow(channel, m.getAddress()));
                        failure.failed(detail, at);
                        failures.save(failure);
                    }
                }));
    }
}
