package com.siteline.survey;

import java.time.Duration;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How surveys go out ({@code siteline.surveys.*}): the delay after a case is closed, when the one reminder
 * goes, how long a link lasts, how often a customer may be asked, the rating at or below which the answer
 * is followed up, and the address the links start with.
 */
@Component
public class SurveySettings {

    private final Duration delay;
    private final Duration reminderAfter;
    private final Duration linkValid;
    private final Period throttle;
    private final int poorAtOrBelow;
    private final String publicUrl;

    SurveySettings(
            @Value("${siteline.surveys.delay:PT24H}") Duration delay,
            @Value("${siteline.surveys.reminder-after:P3D}") Duration reminderAfter,
            @Value("${siteline.surveys.link-valid:P14D}") Duration linkValid,
            @Value("${siteline.surveys.throttle:P30D}") Period throttle,
            @Value("${siteline.surveys.poor-at-or-below:2}") int poorAtOrBelow,
            @Value("${siteline.public-url:http://localhost:8080}") String publicUrl) {
        if (poorAtOrBelow < 1 || poorAtOrBelow > 4) {
            throw new IllegalArgumentException("siteline.surveys.poor-at-or-below must be 1-4");
        }
        if (!reminderAfter.minus(linkValid).isNegative()) {
            throw new IllegalArgumentException("siteline.surveys.reminder-after must be shorter than link-valid");
        }
        this.delay = delay;
        this.reminderAfter = reminderAfter;
        this.linkValid = linkValid;
        this.throttle = throttle;
        this.poorAtOrBelow = poorAtOrBelow;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Duration delay() {
        return delay;
    }

    public Duration reminderAfter() {
        return reminderAfter;
    }

    public Duration linkValid() {
        return linkValid;
    }

    public Period throttle() {
        return throttle;
    }

    public int poorAtOrBelow() {
        return poorAtOrBelow;
    }

    public boolean poor(int rating) {
        return rating <= poorAtOrBelow;
    }

    public String link(String token) {
        return publicUrl + "/survey/" + token;
    }
}
