package com.siteline.notification;

import com.siteline.base.Actors;
import com.siteline.base.InputField;
import com.siteline.base.InputProblems;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.notification.internal.ChannelConfigRepository;
import com.siteline.notification.internal.ChannelConfigRow;
import com.siteline.notification.internal.ChannelGateway;
import com.siteline.notification.internal.CustomerDispatch;
import com.siteline.notification.internal.UnitRuleRepository;
import com.siteline.notification.internal.UnitRuleRow;
import com.siteline.organization.Role;
import com.siteline.sdk.ChannelSetting;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer channels as administrators set them up ({@code admin/channels}): each channel's mode and settings (all
 * required ones filled in for a live channel),
 * the secret ones stored encrypted and never shown again in full (an empty secret keeps the stored one), a live
 * channel saved only after its connection worked; and each unit's quiet hours and daily cap. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Can.ADMINISTER)
public class ChannelSettings {

    /** How a channel is used. */
    public enum Mode implements com.siteline.base.Keyed {
        OFF,
        RECORD,
        LIVE;

        @Override
        public String messageKey() {
            return "channels.mode." + name();
        }
    }

    /** One setting as the form shows it: a secret's value is never given back, only whether one is stored. */
    public record Setting(
            String key, LocalizedText label, boolean secret, boolean required, String value, boolean stored) {}

    /** A channel as the list shows it. */
    public record ChannelView(
            String id,
            LocalizedText name,
            String plugin,
            Mode mode,
            List<Setting> settings,
            String updatedBy,
            Instant updatedAt,
            long version) {}

    /** A unit's quiet hours and daily cap; {@code own} false: the defaults. */
    public record UnitRules(long businessUnitId, LocalTime quietFrom, LocalTime quietUntil, int dailyCap) {}

    /** The fields a refusal names. */
    public enum Field implements InputField {
        MODE,
        SETTINGS,
        QUIET,
        CAP
    }

    private final ChannelGateway gateway;
    private final ChannelConfigRepository configs;
    private final UnitRuleRepository unitRules;
    private final CustomerDispatch dispatch;
    private final com.siteline.plugin.PluginHost plugins;
    private final Clock clock;

    ChannelSettings(
            ChannelGateway gateway,
            ChannelConfigRepository configs,
            UnitRuleRepository unitRules,
            CustomerDispatch dispatch,
            com.siteline.plugin.PluginHost plugins,
            Clock clock) {
        this.gateway = gateway;
        this.configs = configs;
        this.unitRules = unitRules;
        this.dispatch = dispatch;
        this.plugins = plugins;
        this.clock = clock;
    }

    /** Every channel: the core's e-mail, then the plugins'. */
    public List<ChannelView> channels() {
        return gateway.channels().stream().map(this::view).toList();
    }

    /** The ids of every channel, for filters. */
    @PreAuthorize("permitAll()")
    public List<String> channelIds() {
        return gateway.channels().stream().map(CustomerChannel::id).toList();
    }

    /** A channel whose customers' addresses are its own (a group robot's key), entered on the customer's page. */
    public record OwnAddressChannel(String id, LocalizedText name) {}

    @PreAuthorize("permitAll()")
    public List<OwnAddressChannel> ownAddressChannels() {
        return gateway.channels().stream()
                .filter(c -> c.addressKind() == CustomerChannel.AddressKind.ACCOUNT)
                .map(c -> new OwnAddressChannel(c.id(), c.name()))
                .toList();
    }

    public ChannelView channel(String id) {
        return view(find(id));
    }

    private ChannelView view(CustomerChannel channel) {
        ChannelGateway.Use use = gateway.use(channel);
        ChannelConfigRow row = configs.findById(channel.id()).orElse(null);
        Map<String, String> values = use.settings();
        List<Setting> settings = channel.settings().stream()
                .map(s -> new Setting(
                        s.key(),
                        s.label(),
                        s.secret(),
                        s.required(),
                        s.secret() ? "" : values.getOrDefault(s.key(), ""),
                        s.secret()
                                && values.get(s.key()) != null
                                && !values.get(s.key()).isBlank()))
                .toList();
        String plugin = plugins.pluginOf(channel);
        return new ChannelView(
                channel.id(),
                channel.name(),
                "host".equals(plugin) ? null : plugin,
                Mode.valueOf(use.mode().name()),
                settings,
                row == null ? null : row.getUpdatedBy(),
                row == null ? null : row.getUpdatedAt(),
                use.version());
    }

    /**
     * Opens a connection with these settings (an empty secret: the stored one) and closes it.
     *
     * @return null when it worked, else what is wrong
     */
    public String test(String id, Map<String, String> entered) {
        CustomerChannel channel = find(id);
        return gateway.test(channel, merged(channel, entered));
    }

    /**
     * Saves a channel's mode and settings. Refused, with nothing stored, when a required setting is empty (unless
     * the channel is off) or a live channel's connection does not work with them.
     */
    @Transactional
    public ChannelView save(String id, Mode mode, Map<String, String> entered, long expectedVersion) {
        CustomerChannel channel = find(id);
        Map<String, String> values = merged(channel, entered);
        InputProblems problems = new InputProblems();
        if (mode == null) {
            problems.add(Field.MODE, "channels.error.mode");
        }
        if (mode == Mode.LIVE) {
            for (ChannelSetting setting : channel.settings()) {
                String value = values.get(setting.key());
                if (setting.required() && (value == null || value.isBlank()) && setting.defaultValue() == null) {
                    problems.add(Field.SETTINGS, "channels.error.required");
                }
            }
        }
        problems.refuseIfAny();
        if (mode == Mode.LIVE) {
            String problem = gateway.test(channel, values);
            if (problem != null) {
                throw new RefusedException("channels.error.connect", Message.value(problem));
            }
        }
        ChannelConfigRow row = configs.findById(id).orElseGet(() -> new ChannelConfigRow(id));
        if (row.getVersion() != Math.max(0, expectedVersion) && expectedVersion >= 0) {
            throw new RefusedException("channels.error.changed");
        }
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> secret = new LinkedHashMap<>();
        for (ChannelSetting setting : channel.settings()) {
            String value = values.get(setting.key());
            if (value != null && !value.isBlank()) {
                (setting.secret() ? secret : plain).put(setting.key(), value.strip());
            }
        }
        String sealed = secret.equals(storedSecrets(channel, row)) ? row.getSecrets() : gateway.sealSecrets(secret);
        row.change(
                ChannelConfigRow.Mode.valueOf(mode.name()),
                gateway.plain(plain),
                sealed,
                Actors.current(),
                clock.instant());
        configs.saveAndFlush(row);
        gateway.drop(id);
        return view(channel);
    }

    private Map<String, String> storedSecrets(CustomerChannel channel, ChannelConfigRow row) {
        if (row.getSecrets() == null) {
            return Map.of();
        }
        Map<String, String> all = gateway.use(channel).settings();
        Map<String, String> secret = new LinkedHashMap<>();
        channel.settings().stream().filter(ChannelSetting::secret).forEach(s -> {
            if (all.get(s.key()) != null) {
                secret.put(s.key(), all.get(s.key()));
            }
        });
        return secret;
    }

    /** The entered values over the stored ones: an empty secret keeps what is stored. */
    private Map<String, String> merged(CustomerChannel channel, Map<String, String> entered) {
        Map<String, String> stored = gateway.use(channel).settings();
        Map<String, String> values = new LinkedHashMap<>();
        for (ChannelSetting setting : channel.settings()) {
            String value = entered.get(setting.key());
            if (setting.secret() && (value == null || value.isEmpty())) {
                value = stored.get(setting.key());
            }
            if (value != null) {
                values.put(setting.key(), value);
            }
        }
        return values;
    }

    /** A unit's quiet hours and cap (the defaults when it has none of its own). */
    public UnitRules rulesOf(long businessUnitId) {
        CustomerDispatch.Rules rules = dispatch.rulesOf(businessUnitId);
        return new UnitRules(businessUnitId, rules.quietFrom(), rules.quietUntil(), rules.dailyCap());
    }

    @Transactional
    public UnitRules saveRules(long businessUnitId, LocalTime quietFrom, LocalTime quietUntil, Integer dailyCap) {
        InputProblems problems = new InputProblems();
        if (quietFrom == null || quietUntil == null) {
            problems.add(Field.QUIET, "channels.error.quiet");
        }
        if (dailyCap == null || dailyCap < 1 || dailyCap > 100) {
            problems.add(Field.CAP, "channels.error.cap");
        }
        problems.refuseIfAny();
        UnitRuleRow row = unitRules.findById(businessUnitId).orElseGet(() -> new UnitRuleRow(businessUnitId));
        row.change(quietFrom, quietUntil, dailyCap);
        unitRules.saveAndFlush(row);
        return rulesOf(businessUnitId);
    }

    private CustomerChannel find(String id) {
        return gateway.channel(id).orElseThrow(() -> new java.util.NoSuchElementException("no channel " + id));
    }
}
