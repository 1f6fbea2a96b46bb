package com.siteline.survey;

import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldSpec;
import com.siteline.survey.internal.CampaignResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts answers per question and group: one campaign's per segment, several campaigns' per segment, campaign,
 * unit or plugin ({@link CampaignComparisons}). A choice counts once per answer that gave it (a multiple choice
 * answer once per choice); free text counts as "answered" when something was written; the five-point scale also
 * gets its mean, overall and per group.
 */
final class CampaignTally {

    /** One answered survey: its group and its stored answers. */
    record Answered(String group, Map<String, Object> answers) {}

    private CampaignTally() {}

    static List<CampaignResult> results(Collection<FieldSpec> questions, List<Answered> answered, Locale locale) {
        List<CampaignResult> results = new ArrayList<>();
        for (FieldSpec question : questions) {
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            Map<String, double[]> sums = new LinkedHashMap<>();
            question.choices().forEach(c -> counts.put(c.id(), new LinkedHashMap<>()));
            if (question.choices().isEmpty()) {
                counts.put("answered", new LinkedHashMap<>());
            }
            for (Answered a : answered) {
                Object value = a.answers().get(question.id());
                if (value == null) {
                    continue;
                }
                List<String> given = value instanceof Collection<?> many
                        ? many.stream().map(Object::toString).toList()
                        : question.choices().isEmpty() ? List.of("answered") : List.of(value.toString());
                for (String g : given) {
                    counts.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(a.group(), 1, Integer::sum);
                }
                if (SurveyTemplates.isScale(question)) {
                    double[] sum = sums.computeIfAbsent(a.group(), k -> new double[2]);
                    sum[0] += Integer.parseInt(value.toString());
                    sum[1]++;
                }
            }
            List<CampaignResult.Row> rows = new ArrayList<>();
            counts.forEach((id, byGroup) -> rows.add(new CampaignResult.Row(
                    id,
                    question.choices().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .map(Choice::label)
                            .map(l -> l.get(locale))
                            .orElse(id),
                    byGroup.values().stream().mapToInt(Integer::intValue).sum(),
                    Map.copyOf(byGroup))));
            Map<String, Double> means = new LinkedHashMap<>();
            double total = 0, n = 0;
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                means.put(e.getKey(), e.getValue()[0] / e.getValue()[1]);
                total += e.getValue()[0];
                n += e.getValue()[1];
            }
            results.add(new CampaignResult(
                    question.id(),
                    question.label().get(locale),
                    List.copyOf(rows),
                    n == 0 ? Double.NaN : total / n,
                    Map.copyOf(means)));
        }
        return results;
    }
}
