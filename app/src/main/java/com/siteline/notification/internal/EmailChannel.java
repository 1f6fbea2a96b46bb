package com.siteline.notification.internal;

import com.siteline.notification.NotificationItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Email through Spring Mail, when a mail server is configured (spring.mail.host) and the user has an address. */
@Component
class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mail, @Value("${siteline.mail.from:siteline@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public boolean deliver(NotificationItem item, String recipient, String email, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null || email.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
        return true;
    }
}
