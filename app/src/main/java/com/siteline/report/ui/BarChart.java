package com.siteline.report.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as SVG on the server (no frontend code): one bar per row with its label
 * and its number, so the figures read as text too. Bars scale to the largest value.
 */
final class BarChart {

    /** One bar: its label, its value, the figure written beside it and where it leads. */
    record Bar(String label, long value, String text, String href) {

        Bar(String label, long value, String href) {
            this(label, value, String.format(Locale.ROOT, "%,d", value), href);
        }
    }

    private static final int ROW = 28;
    private static final int LABEL = 150;
    private static final int WIDTH = 520;
    /** Room right of the longest bar for its figure, e.g. "100% (12/12)" or a mean rating with its answers. */
    private static final int FIGURE = 130;

    private BarChart() {}

    static Html of(String id, String title, List<Bar> bars) {
        return of(id, title, bars, bars.stream().mapToLong(Bar::value).max().orElse(1));
    }

    /** Bars scaled to {@code scale} (100 for shares in percent). */
    static Html of(String id, String title, List<Bar> bars, long scale) {
        long max = Math.max(1, scale);
        int height = bars.size() * ROW + 8;
        // the SVG inside a plain box: the browser parses it as the box's content and keeps viewBox (as the root of an
        // Html component its attributes come lower-cased and viewBox is lost), so on a narrow screen it scales down
        StringBuilder svg = new StringBuilder("<div class='siteline-chart-box' style='flex:none;max-width:100%'>");
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' id='")
                .append(id)
                .append("' class='siteline-chart' viewBox='0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                // its own size, narrowed to the column when that is narrower (height follows the width): it is neither
                // squeezed by the view nor left at the browser's 150 px default, so no bar is cut off
                .append("' width='")
                .append(WIDTH)
                .append("' height='")
                .append(height)
                .append("' style='display:block;flex:none;max-width:100%;height:auto;aspect-ratio:")
                .append(WIDTH)
                .append(" / ")
                .append(height)
                .append("'><title>")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 4;
            int length = (int) Math.round((WIDTH - LABEL - FIGURE) * (bar.value() / (double) max));
            svg.append("<a href='")
                    .append(escape(bar.href()))
                    .append("'>")
                    .append("<text x='0' y='")
                    .append(y + 17)
                    .append("' font-size='13' fill='currentColor'>")
                    .append(escape(bar.label()))
                    .append("</text>")
                    .append("<rect x='")
                    .append(LABEL)
                    .append("' y='")
                    .append(y + 4)
                    .append("' width='")
                    .append(Math.max(length, bar.value() > 0 ? 2 : 0))
                    .append("' height='")
                    .append(ROW - 10)
                    .append("' rx='3' fill='var(--lumo-primary-color, #1a73e8)'/>")
                    .append("<text x='")
                    .append(LABEL + length + 6)
                    .append("' y='")
                    .append(y + 17)
                    .append("' font-size='13' fill='currentColor'>")
                    .append(escape(bar.text()))
                    .append("</text></a>");
        }
        return new Html(svg.append("</svg></div>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
