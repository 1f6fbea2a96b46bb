package com.siteline.notification.internal;

import com.siteline.plugin.PluginFaults;
import com.siteline.plugin.PluginHost;
import com.siteline.sdk.ChannelException;
import com.siteline.sdk.ChannelSetting;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.OutgoingText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer channels in use on this node: the core's e-mail and the started plugins' channels, each with its mode
 * and settings as stored (read again when another node changed them), one open connection each, and each channel's
 * rate: messages are handed over no faster than the channel allows. One message at a time per channel.
 */
@Component
public class ChannelGateway {

    private static final Logger log = LoggerFactory.getLogger(ChannelGateway.class);
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

    /** A channel as configured: its mode, its settings with defaults filled in, and the row's version. */
    public record Use(
            CustomerChannel channel, ChannelConfigRow.Mode mode, Map<String, String> settings, long version) {}

    private record Open(CustomerChannel.Connection connection, long version) {}

    private final EmailCustomerChannel email;
    private final PluginHost plugins;
    private final PluginFaults faults;
    private final ChannelConfigRepository configs;
    private final SecretBox secrets;
    private final JsonMapper json;
    private final Function<String, CustomerChannel.Receiver> receivers;
    private final double rateFactor;
    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    ChannelGateway(
            EmailCustomerChannel email,
            PluginHost plugins,
            PluginFaults faults,
            ChannelConfigRepository configs,
            SecretBox secrets,
            JsonMapper json,
            ChannelInbound inbound,
            @Value("${siteline.channels.rate-factor:1.0}") double rateFactor) {
        this.email = email;
        this.plugins = plugins;
        this.faults = faults;
        this.configs = configs;
        this.secrets = secrets;
        this.json = json;
        this.receivers = inbound::receiverFor;
        this.rateFactor = rateFactor;
    }

    /** Every channel: e-mail first, then the plugins' in their order. */
    public List<CustomerChannel> channels() {
        List<CustomerChannel> all = new ArrayList<>();
        all.add(email);
        for (CustomerChannel channel : plugins.customerChannels()) {
            if (all.stream().noneMatch(c -> c.id().equals(channel.id()))) {
                all.add(channel);
            }
        }
        return all;
    }

    public Optional<CustomerChannel> channel(String id) {
        return channels().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** How a channel is used now; e-mail without a row is live when the application's properties name a server. */
    public Use use(CustomerChannel channel) {
        Optional<ChannelConfigRow> row = configs.findById(channel.id());
        if (row.isEmpty()) {
            boolean byProperties = channel == email && email.configuredByProperties();
            return new Use(
                    channel,
                    byProperties ? ChannelConfigRow.Mode.LIVE : ChannelConfigRow.Mode.OFF,
                    withDefaults(channel, Map.of()),
                    -1);
        }
        return new Use(
                channel,
                row.get().getMode(),
                settingsOf(channel, row.get()),
                row.get().getVersion());
    }

    Map<String, String> settingsOf(CustomerChannel channel, ChannelConfigRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        if (row.getSettings() != null) {
            values.putAll(json.readValue(row.getSettings(), MAP));
        }
        if (row.getSecrets() != null) {
            values.putAll(json.readValue(secrets.open(row.getSecrets()), MAP));
        }
        return withDefaults(channel, values);
    }

    static Map<String, String> withDefaults(CustomerChannel channel, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>();
        for (ChannelSetting setting : channel.settings()) {
            String value = values.get(setting.key());
            all.put(setting.key(), value == null || value.isBlank() ? setting.defaultValue() : value);
        }
        all.values().removeIf(java.util.Objects::isNull);
        return all;
    }

    public String sealSecrets(Map<String, String> values) {
        return values.isEmpty() ? null : secrets.seal(json.writeValueAsString(values));
    }

    public String plain(Map<String, String> values) {
        return values.isEmpty() ? null : json.writeValueAsString(values);
    }

    /**
     * Hands a message to a live channel, opening (or reopening) its connection as needed and waiting for the
     * channel's rate.
     */
    public List<String> send(Use use, OutgoingText message) throws ChannelException {
        String id = use.channel().id();
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            pace(use.channel());
            CustomerChannel.Connection connection = connection(use);
            try {
                return connection.send(message);
            } catch (ChannelException e) {
                if (!connection.isOpen()) {
                    drop(id);
                }
                throw e;
            } catch (RuntimeException | LinkageError e) {
                // a broken plugin: reported to administrators, the message goes on to the next channel
                faults.record(plugins.pluginOf(use.channel()), "send(" + id + ")", e);
                drop(id);
                throw new ChannelException("the channel failed: " + e, false, e);
            }
        }
    }

    private CustomerChannel.Connection connection(Use use) throws ChannelException {
        String id = use.channel().id();
        Open current = open.get(id);
        if (current != null
                && (current.version() != use.version() || !current.connection().isOpen())) {
            drop(id);
            current = null;
        }
        if (current == null) {
            try {
                current = new Open(use.channel().connect(use.settings(), receivers.apply(id)), use.version());
            } catch (RuntimeException | LinkageError e) {
                faults.record(plugins.pluginOf(use.channel()), "connect(" + id + ")", e);
                throw new ChannelException("the channel failed: " + e, false, e);
            }
            open.put(id, current);
        }
        return current.connection();
    }

    private void pace(CustomerChannel channel) {
        double perSecond = Math.max(0.1, channel.maxPerSecond() * rateFactor);
        long interval = (long) (1_000_000_000L / perSecond);
        long now = System.nanoTime();
        long slot = nextSlot.getOrDefault(channel.id(), now);
        long wait = slot - now;
        nextSlot.put(channel.id(), Math.max(slot, now) + interval);
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes a channel's connection (its settings changed, or it broke). */
    public void drop(String id) {
        Open gone = open.remove(id);
        if (gone != null) {
            try {
                gone.connection().close();
            } catch (RuntimeException e) {
                log.debug("Closing channel {} failed", id, e);
            }
        }
    }

    /**
     * Opens and closes a connection with the given settings: null when it worked, else what is wrong, in the words
     * of the channel.
     */
    public String test(CustomerChannel channel, Map<String, String> settings) {
        try (CustomerChannel.Connection connection =
                channel.connect(withDefaults(channel, settings), receivers.apply(channel.id()))) {
            return connection.isOpen() ? null : "the connection closed at once";
        } catch (ChannelException e) {
            return e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            faults.record(plugins.pluginOf(channel), "connect(" + channel.id() + ")", e);
            return "the channel failed: " + e;
        }
    }

    @jakarta.annotation.PreDestroy
    void closeAll() {
        List.copyOf(open.keySet()).forEach(this::drop);
    }
}
