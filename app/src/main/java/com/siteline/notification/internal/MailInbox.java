package com.siteline.notification.internal;

import com.siteline.notification.CustomerReplied;
import com.siteline.sdk.ChannelException;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * E-mail in (Angus Mail over IMAP): the service mailbox the e-mail channel's settings name is read for unread mail.
 * A customer's answer is threaded to the message its subject's tag names ({@code [#M123]}), or else to the newest one
 * sent to the sender, and becomes their log entry with its attachments; a bounce (a delivery status report naming a
 * message) sends that message on to the customer's next channel. Both are marked read; mail from a sender Siteline
 * wrote nothing to stays unread in the mailbox for a person to see.
 */
@Component
public class MailInbox {

    private static final Logger log = LoggerFactory.getLogger(MailInbox.class);
    private static final Pattern TAG = Pattern.compile("\\[#M(\\d{1,18})]");
    /**
     * Where a reply starts quoting what it answers: a "&gt;" line, "On ... wrote:", its Chinese form (zai ... xiedao),
     * a forwarded or original message's header line in either language.
     */
    private static final Pattern QUOTE_START = Pattern.compile(
            "^(>.*|On .+ wrote:\\s*|\\u5728.+\\u5199\\u9053[:\\uff1a]\\s*"
                    + "|-{2,}\\s*(Original Message|\\u539f\\u59cb\\u90ae\\u4ef6)\\s*-{2,}.*|\\u53d1\\u4ef6\\u4eba[:\\uff1a].*|From: .*)$");

    private final ChannelGateway gateway;
    private final EmailCustomerChannel email;
    private final ChannelInbound inbound;
    private final Clock clock;

    MailInbox(ChannelGateway gateway, EmailCustomerChannel email, ChannelInbound inbound, Clock clock) {
        this.gateway = gateway;
        this.email = email;
        this.inbound = inbound;
        this.clock = clock;
    }

    static String tag(long messageId) {
        return "[#M" + messageId + "]";
    }

    /** What the inbox did in one run. */
    public record Run(int answers, int bounces, int unknown) {}

    /** Reads the unread mail once; nothing when the e-mail channel is off or names no IMAP host. */
    public Run poll() {
        ChannelGateway.Use use = gateway.use(email);
        Map<String, String> settings = use.settings();
        if (use.mode() != ChannelConfigRow.Mode.LIVE
                || settings.getOrDefault("imapHost", "").isBlank()) {
            return new Run(0, 0, 0);
        }
        int answers = 0;
        int bounces = 0;
        int unknown = 0;
        try (Store store = connect(settings)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message mail : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    switch (handle(mail)) {
                        case ANSWER -> answers++;
                        case BOUNCE -> bounces++;
                        case UNKNOWN -> unknown++;
                    }
                }
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            log.warn("The service mailbox could not be read now: {}", e.toString());
        }
        return new Run(answers, bounces, unknown);
    }

    private enum Outcome {
        ANSWER,
        BOUNCE,
        UNKNOWN
    }

    private Outcome handle(Message mail) throws MessagingException, IOException {
        String from = sender(mail);
        String subject = mail.getSubject() == null ? "" : mail.getSubject();
        if (bounce(mail, from)) {
            String all = allText(mail);
            Matcher tag = TAG.matcher(subject + "\n" + all);
            if (tag.find()) {
                inbound.bounced(
                        Long.parseLong(tag.group(1)),
                        EmailCustomerChannel.ID,
                        "bounced: " + firstLine(all),
                        clock.instant());
            }
            mail.setFlag(Flags.Flag.SEEN, true);
            return Outcome.BOUNCE;
        }
        Matcher tag = TAG.matcher(subject);
        Long answering = tag.find() ? Long.valueOf(tag.group(1)) : null;
        List<CustomerReplied.File> files = new ArrayList<>();
        String text = withoutQuote(body(mail, files));
        boolean known = inbound.reply(EmailCustomerChannel.ID, from, text, clock.instant(), answering, files);
        // an unknown sender's mail stays unread for a person; read by the server again, it is refused again
        mail.setFlag(Flags.Flag.SEEN, known);
        return known ? Outcome.ANSWER : Outcome.UNKNOWN;
    }

    private static boolean bounce(Message mail, String from) throws MessagingException {
        String local = from.contains("@") ? from.substring(0, from.indexOf('@')) : from;
        return mail.isMimeType("multipart/report")
                || local.equalsIgnoreCase("mailer-daemon")
                || local.equalsIgnoreCase("postmaster");
    }

    private static String sender(Message mail) throws MessagingException {
        Address[] from = mail.getFrom();
        if (from == null || from.length == 0) {
            return "";
        }
        return from[0] instanceof InternetAddress address
                ? address.getAddress().toLowerCase()
                : from[0].toString().toLowerCase();
    }

    /** The message's own text (its first text/plain part) and its attachments. */
    private static String body(Part part, List<CustomerReplied.File> files) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            try (InputStream in = part.getInputStream()) {
                String type = part.getContentType() == null ? "" : part.getContentType();
                int semicolon = type.indexOf(';');
                files.add(new CustomerReplied.File(
                        part.getFileName() == null ? "attachment" : part.getFileName(),
                        (semicolon < 0 ? type : type.substring(0, semicolon))
                                .strip()
                                .toLowerCase(),
                        in.readAllBytes()));
            }
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String text = "";
            String html = "";
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart inner = parts.getBodyPart(i);
                String found = body(inner, files);
                if (text.isEmpty() && inner.isMimeType("text/plain")) {
                    text = found;
                } else if (html.isEmpty() && inner.isMimeType("text/html")) {
                    html = found;
                } else if (text.isEmpty() && !found.isEmpty()) {
                    text = found;
                }
            }
            return text.isEmpty() ? html : text;
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent())
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("[ \\t]+", " ");
        }
        return "";
    }

    private static String allText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*") || part.isMimeType("message/delivery-status")) {
            Object content = part.getContent();
            return content instanceof InputStream in
                    ? new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    : String.valueOf(content);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(allText(parts.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        if (part.isMimeType("message/rfc822")) {
            Message inner = (Message) part.getContent();
            return "Subject: " + inner.getSubject() + "\n" + allText(inner);
        }
        return "";
    }

    /** The answer without what it quotes. */
    static String withoutQuote(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n")) {
            if (QUOTE_START.matcher(line.strip()).matches()) {
                break;
            }
            kept.add(line);
        }
        return String.join("\n", kept).strip();
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip().length() > 200 ? line.strip().substring(0, 200) : line.strip();
            }
        }
        return "";
    }

    private static Store connect(Map<String, String> settings) throws MessagingException {
        boolean ssl =
                Boolean.parseBoolean(settings.getOrDefault("imapSsl", "true").trim());
        Properties properties = new Properties();
        String protocol = ssl ? "imaps" : "imap";
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "5000");
        properties.put("mail." + protocol + ".timeout", "10000");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(
                settings.get("imapHost").trim(),
                Integer.parseInt(settings.getOrDefault("imapPort", "993").trim()),
                settings.getOrDefault("imapUser", ""),
                settings.getOrDefault("imapPassword", ""));
        return store;
    }

    /** Logs in to the IMAP server once: what is wrong, in plain words, when it does not work. */
    static void check(Map<String, String> settings) throws ChannelException {
        try (Store store = connect(settings)) {
            store.getFolder("INBOX").exists();
        } catch (AuthenticationFailedException e) {
            throw new ChannelException("the IMAP server refused the user name or password", false, e);
        } catch (NumberFormatException e) {
            throw new ChannelException("the IMAP port is not a number", false, e);
        } catch (MessagingException e) {
            throw new ChannelException(
                    "nothing answers at IMAP " + settings.get("imapHost").trim() + ":"
                            + settings.getOrDefault("imapPort", "993") + " (" + e.getMessage() + ")",
                    true,
                    e);
        }
    }
}
