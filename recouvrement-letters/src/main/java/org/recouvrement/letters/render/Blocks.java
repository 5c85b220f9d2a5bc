package org.recouvrement.letters.render;

import com.samskivert.mustache.Mustache;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The block sections a body template uses, so that one template serves both text and HTML: {@code {{#p}}…{{/p}}}
 * for a paragraph, {@code {{#heading}}} for the title, {@code {{#section}}} for a section heading, {@code {{#quote}}} for a
 * quotation, {@code {{#ul}}} and {@code {{#li}}} for a list, {@code {{#strong}}} for emphasis, and {@code {{#row}}}
 * ({@code label|amount}) for a line of figures, {@code {{#blank}}{{/blank}}} for a line to fill in by hand. The library supplies them; a template can only use them, not define
 * code of its own.
 *
 * <p>In HTML they write the matching elements around the (already escaped) content. In text they reflow paragraphs
 * to {@value #WIDTH} columns at ordinary spaces (never at the no-break spaces inside amounts), indent quotations and
 * list items, and align amounts on the right.
 */
final class Blocks {

    /** The width of a text letter. */
    static final int WIDTH = 78;

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("[ \\t\\r\\n]+");
    private static final Map<String, Object> HTML = html();
    private static final Map<String, Object> TEXT = text();

    private Blocks() {
    }

    static Map<String, Object> of(boolean html) {
        return html ? HTML : TEXT;
    }

    private static Map<String, Object> html() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("p", wrap("<p>", "</p>\n"));
        map.put("heading", wrap("<h1>", "</h1>\n"));
        map.put("section", wrap("<h2>", "</h2>\n"));
        map.put("blank", (Mustache.Lambda) (frag, out) -> out.write("<span class=\"blank\">\u00a0</span>"));
        map.put("quote", wrap("<blockquote>", "</blockquote>\n"));
        map.put("ul", wrap("<ul>\n", "</ul>\n"));
        map.put("li", wrap("<li>", "</li>\n"));
        map.put("strong", wrap("<strong>", "</strong>"));
        map.put("row", (Mustache.Lambda) (frag, out) -> {
            String content = frag.execute();
            int bar = content.lastIndexOf('|');
            out.write("<tr><td>" + content.substring(0, Math.max(bar, 0)).trim() + "</td><td class=\"amount\">"
                    + content.substring(bar + 1).trim() + "</td></tr>\n");
        });
        return Collections.unmodifiableMap(map);
    }

    private static Mustache.Lambda wrap(String before, String after) {
        return (frag, out) -> {
            out.write(before);
            out.write(frag.execute().strip());
            out.write(after);
        };
    }

    private static Map<String, Object> text() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("p", (Mustache.Lambda) (frag, out) -> out.write(reflow(frag.execute(), "", "") + "\n\n"));
        map.put("heading", (Mustache.Lambda) (frag, out) -> {
            String title = collapse(frag.execute());
            out.write(reflow(title, "", "") + "\n" + "=".repeat(Math.min(WIDTH, title.codePointCount(0, title.length())))
                    + "\n\n");
        });
        map.put("section", (Mustache.Lambda) (frag, out) -> {
            String title = collapse(frag.execute());
            out.write(reflow(title, "", "") + "\n" + "-".repeat(Math.min(WIDTH, title.codePointCount(0, title.length())))
                    + "\n\n");
        });
        map.put("quote", (Mustache.Lambda) (frag, out) -> out.write(reflow(frag.execute(), "    ", "    ") + "\n\n"));
        map.put("ul", (Mustache.Lambda) (frag, out) -> out.write(frag.execute().replaceAll("^\n+|\\s+$", "") + "\n\n"));
        map.put("li", (Mustache.Lambda) (frag, out) -> out.write(reflow(frag.execute(), "  - ", "    ")));
        map.put("strong", (Mustache.Lambda) (frag, out) -> out.write(frag.execute()));
        map.put("blank", (Mustache.Lambda) (frag, out) -> out.write("______________________________"));
        map.put("row", (Mustache.Lambda) (frag, out) -> {
            String content = frag.execute();
            int bar = content.lastIndexOf('|');
            out.write(row(collapse(content.substring(0, Math.max(bar, 0))), collapse(content.substring(bar + 1))));
        });
        return Collections.unmodifiableMap(map);
    }

    /** Collapses runs of ordinary white space (not no-break spaces) into one space. */
    static String collapse(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Reflows text to the width, the first line after {@code first}, the next ones after {@code next}. */
    static String reflow(String text, String first, String next) {
        String[] words = collapse(text).split(" ");
        StringBuilder out = new StringBuilder(text.length() + 16);
        StringBuilder line = new StringBuilder(first);
        int length = first.length();
        boolean empty = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int w = word.codePointCount(0, word.length());
            if (!empty && length + 1 + w > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(next);
                length = next.length();
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                length++;
            }
            line.append(word);
            length += w;
            empty = false;
        }
        return out.append(line).toString();
    }

    /** A label and an amount on one line, the amount right-aligned; a long label wraps above it. */
    static String row(String label, String amount) {
        int amountWidth = Math.max(16, amount.codePointCount(0, amount.length()) + 2);
        String wrapped = reflow(label, "  ", "    ");
        String[] lines = wrapped.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            out.append(lines[i]).append('\n');
        }
        String last = lines[lines.length - 1];
        int lastWidth = last.codePointCount(0, last.length());
        int pad = WIDTH - lastWidth - amount.codePointCount(0, amount.length());
        if (pad < 2 || lastWidth > WIDTH - amountWidth) {
            out.append(last).append('\n');
            pad = WIDTH - amount.codePointCount(0, amount.length());
            out.append(" ".repeat(pad));
        } else {
            out.append(last).append(" ".repeat(pad));
        }
        return out.append(amount).toString();
    }
}
