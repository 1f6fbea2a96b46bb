package com.siteline.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** How one customer channel is used, and its settings (the secret ones encrypted). Audited as record "channel". */
@Entity
@Table(name = "channel_config")
public class ChannelConfigRow {

    /** Off: not used. Record only: messages are marked sent without leaving the machine (the demo). Live: sent. */
    public enum Mode {
        OFF,
        RECORD,
        LIVE
    }

    @Id
    @Column(name = "channel_id", length = 40)
    private String channelId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Mode mode;

    @Column(length = 4000)
    private String settings;

    @Column(length = 4000)
    private String secrets;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelConfigRow() {}

    public ChannelConfigRow(String channelId) {
        this.channelId = channelId;
        this.mode = Mode.OFF;
    }

    public void change(Mode mode, String settings, String secrets, String by, Instant at) {
        this.mode = mode;
        this.settings = settings;
        this.secrets = secrets;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getChannelId() {
        return channelId;
    }

    public Mode getMode() {
        return mode;
    }

    public String getSettings() {
        return settings;
    }

    public String getSecrets() {
        return secrets;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
