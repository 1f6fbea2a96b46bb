package com.siteline.notification.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.RecordSection;
import com.siteline.notification.ChannelSettings;
import com.siteline.notification.CustomerConsents;
import com.siteline.notification.MessagePurpose;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A customer's consent on their page (PIPL): per channel and per purpose whether they agreed, withdrew or said nothing
 * yet (then it is allowed), a change recorded with how it was given, and every decision with who recorded it when.
 * A refusal names the field and keeps what was typed.
 */
@Configuration(proxyBeanMethods = false)
class ConsentSection {

    @Bean
    RecordSection customerConsentSection(CustomerConsents consents, ChannelSettings channels) {
        return RecordSection.at(
                RecordSection.Page.CUSTOMER,
                60,
                customerId -> Optional.of(
                        new Panel(consents, channels.channelIds(), channels.ownAddressChannels(), customerId)));
    }

    static final class Panel extends Div {

        private final transient CustomerConsents consents;
        private final List<String> subjects = new ArrayList<>();
        private final long customerId;
        private final Div current = new Div();
        private final UnorderedList history = new UnorderedList();

        Panel(
                CustomerConsents consents,
                List<String> channelIds,
                List<ChannelSettings.OwnAddressChannel> ownAddress,
                long customerId) {
            this.consents = consents;
            this.customerId = customerId;
            setId("customer-consent");
            channelIds.forEach(id -> subjects.add(CustomerConsents.channelSubject(id)));
            CustomerConsents.PURPOSES.forEach(p -> subjects.add(CustomerConsents.purposeSubject(p)));
            Select<String> subject = new Select<>();
            subject.setId("consent-subject");
            subject.setLabel(getTranslation("consent.subject"));
            subject.setItems(subjects);
            subject.setItemLabelGenerator(this::label);
            Select<Boolean> granted = new Select<>();
            granted.setId("consent-granted");
            granted.setLabel(getTranslation("consent.decision"));
            granted.setItems(true, false);
            granted.setItemLabelGenerator(g -> getTranslation(g ? "consent.granted" : "consent.withdrawn"));
            TextField how = new TextField(getTranslation("consent.how"));
            how.setId("consent-how");
            how.setPlaceholder(getTranslation("consent.how.placeholder"));
            Paragraph status = new Paragraph();
            status.setId("consent-status");
            Button record = new Button(getTranslation("consent.record"), e -> {
                try {
                    consents.record(
                            customerId, subject.getValue(), Boolean.TRUE.equals(granted.getValue()), how.getValue());
                    how.clear();
                    how.setInvalid(false);
                    status.setText("");
                    refresh();
                    Problems.success(getTranslation("consent.recorded"));
                } catch (InvalidInputException problems) {
                    Problems.mark(
                            this,
                            problems.named(),
                            Problems.at(subject, CustomerConsents.Field.SUBJECT),
                            Problems.at(how, CustomerConsents.Field.HOW));
                    status.setText(String.join(
                            " ",
                            problems.problems().stream()
                                    .map(this::getTranslation)
                                    .toList()));
                } catch (RefusedException refused) {
                    status.setText(Problems.text(this, refused.message()));
                }
            });
            record.setId("consent-record");
            HorizontalLayout form = new HorizontalLayout(subject, granted, how, record);
            form.setWrap(true);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            status.addClassName("siteline-error-text");
            current.setId("consent-current");
            history.setId("consent-history");
            add(
                    new H3(getTranslation("consent.title")),
                    new Paragraph(getTranslation("consent.intro")),
                    current,
                    form,
                    status,
                    history);
            ownAddress.forEach(channel -> add(addressForm(channel)));
            refresh();
        }

        /** The customer's address on a channel of its own: typed, never shown again in full (only its last characters). */
        private HorizontalLayout addressForm(ChannelSettings.OwnAddressChannel channel) {
            com.vaadin.flow.component.textfield.PasswordField address =
                    new com.vaadin.flow.component.textfield.PasswordField(
                            getTranslation("consent.address", channel.name().get(getLocale())));
            address.setId("consent-address-" + channel.id());
            address.setRevealButtonVisible(false);
            Paragraph state = new Paragraph(stateOf(channel.id()));
            state.setId("consent-address-" + channel.id() + "-state");
            Button save = new Button(getTranslation("consent.address.save"), e -> {
                try {
                    consents.setAddress(customerId, channel.id(), address.getValue());
                    String typed = address.getValue().strip();
                    address.clear();
                    address.setInvalid(false);
                    state.setText(
                            typed.isEmpty()
                                    ? getTranslation("consent.address.none")
                                    : getTranslation(
                                            "consent.address.stored",
                                            typed.substring(Math.max(0, typed.length() - 4))));
                    Problems.success(getTranslation("consent.address.saved"));
                } catch (InvalidInputException problems) {
                    Problems.mark(this, problems.named(), Problems.at(address, CustomerConsents.Field.ADDRESS));
                }
            });
            save.setId("consent-address-" + channel.id() + "-save");
            HorizontalLayout row = new HorizontalLayout(address, save, state);
            row.setWrap(true);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            return row;
        }

        private String stateOf(String channelId) {
            return consents.channelsWithAddress(customerId).contains(channelId)
                    ? getTranslation("consent.address.stored", "····")
                    : getTranslation("consent.address.none");
        }

        private String label(String subject) {
            if (subject.startsWith("purpose:")) {
                return getTranslation(
                        MessagePurpose.valueOf(subject.substring(8)).messageKey());
            }
            String id = subject.substring(8);
            String key = "consent.channel." + id;
            String text = getTranslation(key);
            return text.equals(key) || text.startsWith("!") ? id : text;
        }

        private void refresh() {
            Map<String, CustomerConsents.Decision> now = consents.current(customerId);
            current.removeAll();
            for (String subject : subjects) {
                CustomerConsents.Decision decision = now.get(subject);
                String state = decision == null
                        ? getTranslation("consent.none")
                        : getTranslation(decision.granted() ? "consent.granted" : "consent.withdrawn");
                Paragraph line = new Paragraph(label(subject) + "：" + state);
                line.setId("consent-" + subject.replace(':', '-'));
                current.add(line);
            }
            history.removeAll();
            for (CustomerConsents.Decision decision : consents.history(customerId)) {
                history.add(new ListItem(getTranslation(
                        "consent.history.line",
                        Formats.minute(decision.at()),
                        label(decision.subject()),
                        getTranslation(decision.granted() ? "consent.granted" : "consent.withdrawn"),
                        decision.how(),
                        decision.recordedBy())));
            }
        }
    }
}
