package com.siteline.survey.internal;

import com.siteline.survey.CampaignComparisons;
import com.siteline.survey.CampaignSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A campaign as an Excel workbook (Apache POI): its results per question and segment, and its sample with reasons. */
public final class CampaignWorkbook {

    private CampaignWorkbook() {}

    /**
     * @param words the reader's words for a bundle key with arguments
     */
    public static byte[] of(
            CampaignSummary campaign,
            List<CampaignResult> results,
            List<CampaignMember> members,
            java.util.function.BiFunction<String, Object[], String> words) {
        Function<String, String> t = key -> words.apply(key, new Object[0]);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.apply("campaign.sheet.results"));
            int r = 0;
            row(
                    sheet,
                    r++,
                    t.apply("campaign.response-rate"),
                    String.format("%.1f%%", 100 * campaign.responseRate()),
                    t.apply("campaign.target"),
                    String.format("%.0f%%", 100 * campaign.targetRate()));
            row(sheet, r++, t.apply("campaign.seed"), Long.toString(campaign.seed()));
            r++;
            row(
                    sheet,
                    r++,
                    t.apply("campaign.question"),
                    t.apply("campaign.answer"),
                    t.apply("campaign.total"),
                    t.apply("campaign.segment.FOCUS"),
                    t.apply("campaign.segment.SAMPLED"),
                    t.apply("campaign.segment.ALL"));
            for (CampaignResult result : results) {
                for (CampaignResult.Row line : result.rows()) {
                    row(
                            sheet,
                            r++,
                            result.question(),
                            line.label(),
                            Integer.toString(line.total()),
                            count(line, CampaignSample.FOCUS),
                            count(line, CampaignSample.SAMPLED),
                            count(line, CampaignSample.ALL));
                }
                if (!Double.isNaN(result.mean())) {
                    row(sheet, r++, result.question(), t.apply("campaign.mean"), String.format("%.2f", result.mean()));
                }
            }
            Sheet sample = book.createSheet(t.apply("campaign.sheet.sample"));
            row(
                    sample,
                    0,
                    t.apply("campaign.member"),
                    t.apply("campaign.segment"),
                    t.apply("campaign.why"),
                    t.apply("survey.state"),
                    t.apply("survey.rating"));
            int s = 1;
            for (CampaignMember m : members) {
                row(
                        sample,
                        s++,
                        m.customerName(),
                        t.apply("campaign.segment." + m.segment()),
                        why(m, words),
                        t.apply(m.state().messageKey()),
                        m.rating() == null ? "" : Integer.toString(m.rating()));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Campaigns compared, as a workbook: a sheet of the groups' figures and one of each question's answers per group.
     *
     * @param label the reader's name of a group
     */
    public static byte[] comparison(
            CampaignComparisons.Comparison comparison,
            Function<CampaignComparisons.Group, String> label,
            java.util.function.BiFunction<String, Object[], String> words) {
        Function<String, String> t = key -> words.apply(key, new Object[0]);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet groups = book.createSheet(t.apply("campaign.compare.sheet.groups"));
            row(
                    groups,
                    0,
                    t.apply("campaign.compare.by." + comparison.by()),
                    t.apply("campaign.compare.campaigns"),
                    t.apply("campaign.members"),
                    t.apply("campaign.answered"),
                    t.apply("campaign.response-rate"),
                    t.apply("campaign.compare.mean-rating"),
                    t.apply("campaign.compare.poor"));
            int r = 1;
            for (CampaignComparisons.Group g : comparison.groups()) {
                row(
                        groups,
                        r++,
                        label.apply(g),
                        Integer.toString(g.campaigns()),
                        Integer.toString(g.members()),
                        Integer.toString(g.answered()),
                        String.format("%.1f%%", 100 * g.responseRate()),
                        Double.isNaN(g.meanRating()) ? "" : String.format("%.2f", g.meanRating()),
                        Integer.toString(g.poor()));
            }
            Sheet answers = book.createSheet(t.apply("campaign.sheet.results"));
            List<String> head = new java.util.ArrayList<>(
                    List.of(t.apply("campaign.question"), t.apply("campaign.answer"), t.apply("campaign.total")));
            comparison.groups().forEach(g -> head.add(label.apply(g)));
            row(answers, 0, head.toArray(String[]::new));
            r = 1;
            for (CampaignResult result : comparison.results()) {
                for (CampaignResult.Row line : result.rows()) {
                    List<String> cells = new java.util.ArrayList<>(
                            List.of(result.question(), line.label(), Integer.toString(line.total())));
                    comparison
                            .groups()
                            .forEach(g ->
                                    cells.add(Integer.toString(line.byGroup().getOrDefault(g.key(), 0))));
                    row(answers, r++, cells.toArray(String[]::new));
                }
                if (!Double.isNaN(result.mean())) {
                    List<String> cells = new java.util.ArrayList<>(
                            List.of(result.question(), t.apply("campaign.mean"), String.format("%.2f", result.mean())));
                    comparison
                            .groups()
                            .forEach(g -> cells.add(
                                    result.meanByGroup().containsKey(g.key())
                                            ? String.format(
                                                    "%.2f", result.meanByGroup().get(g.key()))
                                            : ""));
                    row(answers, r++, cells.toArray(String[]::new));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a member is in the sample, in words. */
    public static String why(CampaignMember m, java.util.function.BiFunction<String, Object[], String> words) {
        return CampaignSample.FOCUS.equals(m.segment())
                ? words.apply("campaign.why.focus", new Object[] {m.rank(), m.complaints(), m.poorRatings()})
                : words.apply("campaign.why." + m.segment(), new Object[0]);
    }

    private static String count(CampaignResult.Row line, String segment) {
        return Integer.toString(line.byGroup().getOrDefault(segment, 0));
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
