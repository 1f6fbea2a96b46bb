package com.siteline.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a standard reply's placeholders are filled from, as the screen answering knows it: the customer, the project
 * and its stage, the next deadline, the answering user. A value the screen does not know is null.
 */
public record ReplyContext(String customer, String project, String stage, String deadline, String agent) {

    /** The placeholders a reply may use, each with its value here (null: not known on this record). */
    public Map<Placeholder, String> values() {
        Map<Placeholder, String> values = new LinkedHashMap<>();
        values.put(Placeholder.CUSTOMER, customer);
        values.put(Placeholder.PROJECT, project);
        values.put(Placeholder.STAGE, stage);
        values.put(Placeholder.DEADLINE, deadline);
        values.put(Placeholder.AGENT, agent);
        return values;
    }

    /** A placeholder, written {@code {customer}} in a reply's text. */
    public enum Placeholder implements com.siteline.base.Keyed {
        CUSTOMER,
        PROJECT,
        STAGE,
        DEADLINE,
        AGENT;

        /** How it is written in a reply. */
        public String token() {
            return "{" + name().toLowerCase(java.util.Locale.ROOT) + "}";
        }

        @Override
        public String messageKey() {
            return "knowledge.placeholder." + name();
        }
    }
}
