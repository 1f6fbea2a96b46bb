package com.siteline.survey.internal;

import com.siteline.survey.SurveySummary;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tokens (random, only their hash stored), answers as JSON, and a request as its summary. */
@Component
public class SurveyCodec {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsonMapper json;

    SurveyCodec(JsonMapper json) {
        this.json = json;
    }

    /** A new link token: 24 random bytes, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String write(Map<String, Object> answers) {
        return json.writeValueAsString(answers);
    }

    public Map<String, Object> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        Map<String, Object> values = json.readValue(stored, new TypeReference<LinkedHashMap<String, Object>>() {});
        values.replaceAll((k, v) -> v instanceof List<?> list ? List.copyOf(list) : v);
        return values;
    }

    public SurveySummary summary(SurveyRequest r, Map<Long, String> units) {
        return new SurveySummary(
                r.getId(),
                r.getVersion(),
                r.getCustomerId(),
                r.getCustomerName(),
                r.getBusinessUnitId(),
                units.get(r.getBusinessUnitId()),
                r.getVariantId(),
                r.getIssueId(),
                r.getSubject(),
                r.getHandler(),
                r.getTrigger(),
                r.getTemplateId(),
                r.getTemplateVersion(),
                r.getState(),
                r.getDueAt(),
                r.getSentAt(),
                r.getRemindedAt(),
                r.getExpiresAt(),
                r.getAnsweredAt(),
                r.getAnsweredBy(),
                r.getAnswerChannel(),
                r.getRating(),
                read(r.getAnswers()),
                r.getPoorFollowedAt() != null,
                r.getSkippedBy(),
                r.getCreatedAt());
    }
}
