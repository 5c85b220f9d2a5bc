package org.recouvrement.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.recouvrement.examples.erp.AgedBalance;
import org.recouvrement.money.Amount;

/**
 * The demo's summary as one standalone HTML page: the aged balance drawn as an inline SVG bar chart, then the actions,
 * the letters (linked), the amounts claimed, the claims near limitation and the recommended steps. No script, no
 * external resource: the page opens from the disk in any browser.
 */
final class DemoReport {

    private static final int CHART_WIDTH = 640;
    private static final int LABEL_WIDTH = 120;
    private static final int VALUE_WIDTH = 130;
    private static final int BAR_HEIGHT = 28;
    private static final int BAR_GAP = 10;
    private static final String[] BUCKET_COLOURS = {"#8fbc8f", "#f0c36d", "#eb9a4b", "#d9633b", "#a4262c"};

    private DemoReport() {
    }

    /**
     * Writes the report.
     *
     * @param summary the summary
     * @param letters the letters written, linked relative to the report's folder
     * @param output the folder of the report
     * @return the page
     */
    static String html(PortfolioSummary summary, List<Demo.WrittenLetter> letters, Path output) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Recovery on ").append(summary.asOf()).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#222}\n")
                .append("h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}\n")
                .append("table{border-collapse:collapse}td,th{padding:.25rem .75rem;text-align:left}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}tr:nth-child(even){background:#f5f5f5}\n")
                .append(".figures{display:flex;gap:2rem;flex-wrap:wrap}.figure{font-size:1.6rem;font-weight:600}\n")
                .append(".late{color:#a4262c}\n</style>\n</head>\n<body>\n");

        html.append("<h1>Recovery: what to do on ").append(summary.asOf()).append("</h1>\n<div class=\"figures\">\n");
        figure(html, Integer.toString(summary.cases()), "open invoices");
        figure(html, Integer.toString(summary.debtors()), "debtors");
        figure(html, PortfolioSummary.amount(summary.outstanding()), "outstanding");
        figure(html, Integer.toString(summary.actionCount()), "actions today");
        figure(html, Integer.toString(summary.letterCount()), "letters written");
        figure(html, Integer.toString(summary.limitation().size()), "claims near limitation");
        html.append("</div>\n");

        html.append("<h2>Aged balance</h2>\n").append(chart(summary.agedBalance()));

        html.append("<h2>Actions proposed today</h2>\n<table>\n<tr><th>step</th><th>actions</th></tr>\n");
        summary.actions().forEach((name, count) -> rowOf(html, escape(name), Integer.toString(count)));
        html.append("</table>\n<p>").append(summary.toValidate())
                .append(" of them are to be validated by a person before they are carried out.</p>\n");

        html.append("<h2>Claimed by the letters</h2>\n");
        amounts(html, summary.claimedLines());
        html.append("<h2>Owed on the open cases by law, whatever today's actions</h2>\n");
        amounts(html, summary.owedLines());
        if (summary.assumesUnpublishedRates()) {
            html.append("<p>Interest for periods whose statutory rate is not published yet uses the latest published "
                    + "rate; each letter marks those lines.</p>\n");
        }

        html.append("<h2>Claims time-barred or within 90 days of it</h2>\n");
        if (summary.limitation().isEmpty()) {
            html.append("<p>None.</p>\n");
        } else {
            html.append("<table>\n<tr><th>case</th><th>debtor</th><th>balance</th><th>limitation</th>"
                    + "<th>recommended</th></tr>\n");
            for (PortfolioSummary.LimitationAlert alert : summary.limitation()) {
                String when = alert.timeBarred() ? "<span class=\"late\">" + alert.when() + "</span>" : alert.when();
                html.append("<tr><td>").append(escape(alert.caseId())).append("</td><td>")
                        .append(escape(alert.debtor())).append("</td><td class=\"n\">")
                        .append(PortfolioSummary.amount(alert.balance())).append("</td><td>").append(when)
                        .append("</td><td>")
                        .append(alert.route().map(PortfolioSummary::routeLabel).orElse("none")).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }

        html.append("<h2>Recommended next step of the open cases</h2>\n<table>\n");
        summary.routes().forEach((kind, count) -> rowOf(html, PortfolioSummary.routeLabel(kind),
                Integer.toString(count)));
        html.append("</table>\n<h2>Cases by dunning status</h2>\n<table>\n");
        summary.statuses().forEach((status, count) -> rowOf(html, PortfolioSummary.statusLabel(status),
                Integer.toString(count)));
        html.append("</table>\n");

        html.append("<h2>Letters</h2>\n<table>\n<tr><th>debtor</th><th>letter</th><th>claims</th><th>files</th></tr>\n");
        for (Demo.WrittenLetter letter : letters) {
            html.append("<tr><td>").append(escape(letter.action().debtor().name())).append("</td><td>")
                    .append(letter.letter().kind().slug()).append("</td><td>")
                    .append(escape(String.join(", ", letter.action().caseIds()))).append("</td><td>")
                    .append(link(output, letter.pdf(), "PDF")).append(' ').append(link(output, letter.html(), "HTML"))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Draws the aged balance as horizontal bars, longest for the largest bucket. */
    static String chart(Map<AgedBalance.Bucket, Amount> agedBalance) {
        BigDecimal largest = BigDecimal.ZERO;
        for (Amount total : agedBalance.values()) {
            largest = largest.max(total.value());
        }
        int barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        int height = agedBalance.size() * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"Outstanding balance by days past the due date\">\n");
        int y = BAR_GAP;
        int index = 0;
        for (Map.Entry<AgedBalance.Bucket, Amount> entry : agedBalance.entrySet()) {
            int width = largest.signum() == 0 ? 0 : entry.getValue().value().multiply(BigDecimal.valueOf(barSpace))
                    .divide(largest, 0, RoundingMode.HALF_UP).intValue();
            int textY = y + BAR_HEIGHT / 2 + 5;
            svg.append("<text x=\"0\" y=\"").append(textY).append("\" font-size=\"14\">")
                    .append(PortfolioSummary.bucketLabel(entry.getKey())).append("</text>\n");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                    .append(BUCKET_COLOURS[index % BUCKET_COLOURS.length]).append("\"><title>")
                    .append(PortfolioSummary.bucketLabel(entry.getKey())).append(": ")
                    .append(PortfolioSummary.amount(entry.getValue())).append("</title></rect>\n");
            svg.append("<text x=\"").append(LABEL_WIDTH + width + 8).append("\" y=\"").append(textY)
                    .append("\" font-size=\"14\">").append(PortfolioSummary.amount(entry.getValue()))
                    .append("</text>\n");
            y += BAR_HEIGHT + BAR_GAP;
            index++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void figure(StringBuilder html, String value, String label) {
        html.append("<div><div class=\"figure\">").append(escape(value)).append("</div>").append(escape(label))
                .append("</div>\n");
    }

    /** A table of amounts whose last line, the total, is in bold. */
    private static void amounts(StringBuilder html, Map<String, Amount> lines) {
        html.append("<table>\n");
        int left = lines.size();
        for (Map.Entry<String, Amount> line : lines.entrySet()) {
            String amount = PortfolioSummary.amount(line.getValue());
            if (--left == 0) {
                rowOf(html, "<strong>" + line.getKey() + "</strong>", "<strong>" + amount + "</strong>");
            } else {
                rowOf(html, line.getKey(), amount);
            }
        }
        html.append("</table>\n");
    }

    private static void rowOf(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(label).append("</td><td class=\"n\">").append(value).append("</td></tr>\n");
    }

    private static String link(Path output, Path file, String label) {
        String href = output.relativize(file).toString().replace('\\', '/');
        return "<a href=\"" + escape(href) + "\">" + label + "</a>";
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '"':
                    escaped.append("&quot;");
                    break;
                case '\'':
                    escaped.append("&#39;");
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
