package com.siteline.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Email to customers through Spring Mail, when a mail server is configured and the customer has an address. */
@Component
@Order(10)
class CustomerEmailChannel implements CustomerChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    CustomerEmailChannel(
            ObjectProvider<JavaMailSender> mail, @Value("${siteline.mail.from:siteline@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String deliver(String email, String phone, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null || email.isBlank()) {
            return null;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
        return email;
    }
}
