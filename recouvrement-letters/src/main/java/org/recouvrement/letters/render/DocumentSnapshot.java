package org.recouvrement.letters.render;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recouvrement.letters.DocumentKind;
import org.recouvrement.money.Amount;

/**
 * What a rendered document claimed, for the ERP to store as proof next to its digest: the kind, the date, the parties,
 * each claim, every amount line and total, every deadline, the legal bases cited, the mentions checked, and the
 * templates used with their own SHA-256 digests.
 *
 * <p>{@link #toJson()} gives a canonical JSON form: keys in a fixed order, amounts as {@code "EUR 1250.00"}, dates as
 * ISO 8601, so that the same document always gives the same text. The snapshot holds personal data (the parties'
 * names): {@link #toString()} leaves them out. Immutable.
 */
public final class DocumentSnapshot {

    private final DocumentKind kind;
    private final LocalDate date;
    private final Amount balance;
    private final Map<String, LocalDate> deadlines;
    private final List<String> legalBases;
    private final Map<String, String> templates;
    private final Map<String, Object> content;

    DocumentSnapshot(DocumentKind kind, LocalDate date, Amount balance, Map<String, LocalDate> deadlines,
            List<String> legalBases, Map<String, String> templates, Map<String, Object> content) {
        this.kind = kind;
        this.date = date;
        this.balance = balance;
        this.deadlines = Collections.unmodifiableMap(new LinkedHashMap<>(deadlines));
        this.legalBases = List.copyOf(legalBases);
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        this.content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }

    /**
     * Returns the kind of document.
     *
     * @return the kind
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * Returns the date of the document.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the balance the document claimed.
     *
     * @return the balance, if the document states one
     */
    public Optional<Amount> balance() {
        return Optional.ofNullable(balance);
    }

    /**
     * Returns the dates the document set, by name: {@code paymentDeadline}, {@code acceptBy}, {@code instalment.1}...
     *
     * @return the deadlines, in the order the document states them
     */
    public Map<String, LocalDate> deadlines() {
        return deadlines;
    }

    /**
     * Returns the legal bases the document cites, in their short form ({@code "C. civ. art. 1344"}).
     *
     * @return the citations
     */
    public List<String> legalBases() {
        return legalBases;
    }

    /**
     * Returns the templates the document was rendered with, by file name, each with the SHA-256 digest of its text
     * and where it was found ({@code "builtin"}, {@code "directory"} or {@code "classpath"}), as
     * {@code "directory sha256:…"}.
     *
     * @return the templates used
     */
    public Map<String, String> templates() {
        return templates;
    }

    /**
     * Returns the canonical JSON form of the whole snapshot.
     *
     * @return the JSON text, keys in a fixed order
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(1024);
        write(out, content, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(indent).append("  ");
                string(out, String.valueOf(entry.getKey()));
                out.append(": ");
                write(out, entry.getValue(), indent + "  ");
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(indent).append("  ");
                write(out, list.get(i), indent + "  ");
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    /**
     * Returns the kind, the date and the balance, without personal data.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "DocumentSnapshot[" + kind + " of " + date + (balance == null ? "" : ", balance " + balance) + "]";
    }
}
