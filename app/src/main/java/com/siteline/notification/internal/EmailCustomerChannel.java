package com.siteline.notification.internal;

import com.siteline.sdk.ChannelException;
import com.siteline.sdk.ChannelSetting;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.OutgoingText;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * E-mail to customers, the core's channel behind the same contract as the plugins' ones: the SMTP server an
 * administrator enters in {@code admin/channels}, or else the one the application's {@code spring.mail.*} properties
 * name (then it is in use without a setting).
 */
@Component
class EmailCustomerChannel implements CustomerChannel {

    static final String ID = "email";

    private final ObjectProvider<JavaMailSender> configured;
    private final String defaultFrom;
    private final com.siteline.base.SitelineI18NProvider i18n;

    EmailCustomerChannel(
            ObjectProvider<JavaMailSender> configured,
            @Value("${siteline.mail.from:siteline@localhost}") String defaultFrom,
            com.siteline.base.SitelineI18NProvider i18n) {
        this.configured = configured;
        this.defaultFrom = defaultFrom;
        this.i18n = i18n;
    }

    /** A text of the bundle in both languages. */
    private LocalizedText text(String key) {
        return LocalizedText.of(
                i18n.getTranslation(key, java.util.Locale.SIMPLIFIED_CHINESE),
                i18n.getTranslation(key, java.util.Locale.ENGLISH));
    }

    /** Whether the application's properties name a mail server (the channel is then live with no setting). */
    boolean configuredByProperties() {
        return configured.getIfAvailable() != null;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return text("channels.email.name");
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.EMAIL;
    }

    @Override
    public List<ChannelSetting> settings() {
        return List.of(
                ChannelSetting.of("host", text("channels.email.host")),
                ChannelSetting.of("port", text("channels.email.port"), "25"),
                ChannelSetting.of("username", text("channels.email.username"), ""),
                new ChannelSetting("password", text("channels.email.password"), true, false, null),
                ChannelSetting.of("from", text("channels.email.from"), defaultFrom),
                ChannelSetting.of("starttls", text("channels.email.starttls"), "false"),
                ChannelSetting.of("imapHost", text("channels.email.imap-host"), ""),
                ChannelSetting.of("imapPort", text("channels.email.imap-port"), "993"),
                ChannelSetting.of("imapUser", text("channels.email.imap-user"), ""),
                new ChannelSetting("imapPassword", text("channels.email.imap-password"), true, false, null),
                ChannelSetting.of("imapSsl", text("channels.email.imap-ssl"), "true"));
    }

    @Override
    public boolean respectsQuietHours() {
        return false;
    }

    @Override
    public double maxPerSecond() {
        return 10;
    }

    @Override
    public Connection connect(Map<String, String> settings, Receiver receiver) throws ChannelException {
        String host = settings.getOrDefault("host", "");
        JavaMailSender sender;
        if (host.isBlank()) {
            sender = configured.getIfAvailable();
            if (sender == null) {
                throw new ChannelException("no SMTP host is set", false);
            }
        } else {
            sender = fromSettings(settings);
        }
        String from = settings.getOrDefault("from", defaultFrom);
        if (!settings.getOrDefault("imapHost", "").isBlank()) {
            MailInbox.check(settings);
        }
        return new Connection() {
            @Override
            public List<String> send(OutgoingText message) throws ChannelException {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from == null || from.isBlank() ? defaultFrom : from);
                mail.setTo(message.address());
                // the tag threads the customer's answer to this message (MailInbox reads it back)
                mail.setSubject(message.subject() + " " + MailInbox.tag(message.messageId()));
                mail.setText(message.text());
                try {
                    sender.send(mail);
                } catch (MailAuthenticationException | MailParseException e) {
                    throw new ChannelException("the mail server refused: " + e.getMessage(), false, e);
                } catch (MailSendException e) {
                    boolean addressRefused = e.getFailedMessages().values().stream()
                            .anyMatch(f -> f instanceof jakarta.mail.SendFailedException);
                    throw new ChannelException(
                            "the mail server did not take it: " + e.getMessage(), !addressRefused, e);
                } catch (MailException e) {
                    throw new ChannelException("the mail server did not answer: " + e.getMessage(), true, e);
                }
                return List.of("mail-" + message.messageId());
            }

            @Override
            public void close() {
                // SMTP connections are opened per message
            }
        };
    }

    private static JavaMailSender fromSettings(Map<String, String> settings) throws ChannelException {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.get("host").trim());
        try {
            sender.setPort(Integer.parseInt(settings.getOrDefault("port", "25").trim()));
        } catch (NumberFormatException e) {
            throw new ChannelException("the port is not a number: " + settings.get("port"), false);
        }
        String user = settings.getOrDefault("username", "");
        if (!user.isBlank()) {
            sender.setUsername(user.trim());
            sender.setPassword(settings.getOrDefault("password", ""));
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", Boolean.toString(!user.isBlank()));
        properties.put("mail.smtp.starttls.enable", settings.getOrDefault("starttls", "false"));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        try {
            sender.testConnection();
        } catch (jakarta.mail.AuthenticationFailedException e) {
            throw new ChannelException("the mail server refused the user name or password", false, e);
        } catch (MessagingException e) {
            throw new ChannelException(
                    "nothing answers at " + settings.get("host").trim() + ":" + sender.getPort() + " (" + e.getMessage()
                            + ")",
                    true,
                    e);
        }
        return sender;
    }
}
