package org.recouvrement.dunning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for the text form of policies (RFC 8259): objects become ordered maps, arrays lists,
 * numbers {@link BigDecimal}, {@code true}/{@code false} booleans and {@code null} {@link #NULL}. No I/O: text in,
 * values out. Syntax errors name the line and column.
 */
final class Json {

    /** The JSON {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 64;

    private final String text;
    /** The reading position: the only state of a parser that lives for one call of {@link #read(String)}. */
    private final int[] cursor = {0};

    private Json(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value that makes up the whole text.
     *
     * @param text the text
     * @return the value
     * @throws InvalidPolicyException if the text is not one JSON value
     */
    static Object read(String text) {
        Json reader = new Json(text);
        reader.skipWhitespace();
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.cursor[0] < text.length()) {
            throw reader.error("unexpected text after the end of the JSON value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (cursor[0] >= text.length()) {
            throw error("unexpected end of text, a value was expected");
        }
        char c = text.charAt(cursor[0]);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "', a value was expected");
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        cursor[0]++;
        skipWhitespace();
        if (peek() == '}') {
            cursor[0]++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("a member name in double quotes was expected");
            }
            int namePosition = cursor[0];
            String name = string();
            if (members.containsKey(name)) {
                cursor[0] = namePosition;
                throw error("the member \"" + name + "\" appears twice");
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(name, value(depth + 1));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                cursor[0]++;
            } else if (c == '}') {
                cursor[0]++;
                return members;
            } else {
                throw error("',' or '}' was expected");
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> elements = new ArrayList<>();
        cursor[0]++;
        skipWhitespace();
        if (peek() == ']') {
            cursor[0]++;
            return elements;
        }
        while (true) {
            skipWhitespace();
            elements.add(value(depth + 1));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                cursor[0]++;
            } else if (c == ']') {
                cursor[0]++;
                return elements;
            } else {
                throw error("',' or ']' was expected");
            }
        }
    }

    private String string() {
        cursor[0]++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (cursor[0] >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(cursor[0]++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                cursor[0]--;
                throw error("control character in a string; escape it");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (cursor[0] >= text.length()) {
                throw error("unterminated escape sequence");
            }
            char escaped = text.charAt(cursor[0]++);
            switch (escaped) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u':
                    out.append(unicodeEscape());
                    break;
                default:
                    cursor[0]--;
                    throw error("invalid escape sequence '\\" + escaped + "'");
            }
        }
    }

    private char unicodeEscape() {
        if (cursor[0] + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(cursor[0] + i), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            code = code * 16 + digit;
        }
        cursor[0] += 4;
        return (char) code;
    }

    private BigDecimal number() {
        int start = cursor[0];
        if (peek() == '-') {
            cursor[0]++;
        }
        if (peek() == '0') {
            cursor[0]++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("a digit was expected");
        }
        if (peek() == '.') {
            cursor[0]++;
            if (!isDigit(peek())) {
                throw error("a digit was expected after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            cursor[0]++;
            if (peek() == '+' || peek() == '-') {
                cursor[0]++;
            }
            if (!isDigit(peek())) {
                throw error("a digit was expected in the exponent");
            }
            digits();
        }
        String number = text.substring(start, cursor[0]);
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            cursor[0] = start;
            throw error("the number " + number + " is out of range");
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            cursor[0]++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, cursor[0])) {
            throw error("unexpected word, " + word + " was expected");
        }
        cursor[0] += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' was expected");
        }
        cursor[0]++;
    }

    private char peek() {
        return cursor[0] < text.length() ? text.charAt(cursor[0]) : '\0';
    }

    private void skipWhitespace() {
        while (cursor[0] < text.length()) {
            char c = text.charAt(cursor[0]);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            cursor[0]++;
        }
    }

    private InvalidPolicyException error(String rule) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < cursor[0] && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new InvalidPolicyException("json", "at line " + line + ", column " + column, "is invalid: " + rule);
    }

    // ------------------------------------------------------------------------------------------------- writing

    /**
     * Writes a value made of maps, lists, strings, numbers, booleans and {@link #NULL}, indented by two spaces.
     *
     * @param value the value
     * @return the JSON text, ending with a line feed
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(out, indent + 1);
                quote(out, (String) member.getKey());
                out.append(": ");
                write(out, member.getValue(), indent + 1);
            }
            out.append('\n');
            indent(out, indent);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean simple = list.stream().noneMatch(e -> e instanceof Map || e instanceof List);
            if (simple) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(out, list.get(i), indent);
                }
                out.append(']');
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n");
                indent(out, indent + 1);
                write(out, list.get(i), indent + 1);
            }
            out.append('\n');
            indent(out, indent);
            out.append(']');
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value == NULL) {
            out.append("null");
        } else {
            throw new InvalidPolicyException("value", value, "cannot be written as JSON");
        }
    }

    private static void indent(StringBuilder out, int level) {
        out.append(String.join("", Collections.nCopies(level, "  ")));
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
