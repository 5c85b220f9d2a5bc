package org.recouvrement.examples.erp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A semicolon-separated file with a header line, as French spreadsheets and ERPs export them (RFC 4180 quoting with
 * double quotes, a semicolon as separator because the comma is the French decimal separator). Blank lines are
 * skipped, a leading byte-order mark is ignored, unquoted values are trimmed. Each row remembers the line it starts
 * on, for error messages.
 */
final class CsvFile {

    /** One data row: the line it starts on and its values by column name. */
    record Row(String source, int line, Map<String, String> values) {

        /**
         * Returns the value of a column, empty when the cell is empty or the column absent.
         */
        String get(String column) {
            return values.getOrDefault(column, "");
        }

        /**
         * Returns the value of a required column.
         */
        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new ExportFormatException(source, line, column, "", "is empty; a value is required");
            }
            return value;
        }

        ExportFormatException error(String column, String value, String rule) {
            return new ExportFormatException(source, line, column, value, rule);
        }
    }

    private final String source;
    private final List<String> header;
    private final List<Row> rows;

    private CsvFile(String source, List<String> header, List<Row> rows) {
        this.source = source;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads a whole file.
     *
     * @param in the text, read to its end, not closed
     * @param source the file's name, for messages
     * @param required the columns the header must have
     */
    static CsvFile read(Reader in, String source, List<String> required) {
        List<Record> records = new Parser(new BufferedReader(in), source).records();
        if (records.isEmpty()) {
            throw new ExportFormatException(source, 1, "", "", "is empty; expected a header line");
        }
        Record head = records.get(0);
        List<String> header = new ArrayList<>();
        for (String name : head.fields) {
            if (header.contains(name)) {
                throw new ExportFormatException(source, head.line, name, "", "appears twice in the header");
            }
            header.add(name);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                throw new ExportFormatException(source, head.line, column, "", "is missing from the header");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields.size() != header.size()) {
                throw new ExportFormatException(source, record.line, "", "", "has " + record.fields.size()
                        + " fields but the header has " + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), record.fields.get(i));
            }
            rows.add(new Row(source, record.line, values));
        }
        return new CsvFile(source, List.copyOf(header), List.copyOf(rows));
    }

    String source() {
        return source;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** One physical record: the line it starts on and its fields. */
    private record Record(int line, List<String> fields) {
    }

    /** Splits the text into records, honouring quotes. */
    private static final class Parser {

        private final Reader in;
        private final String source;
        private int line = 1;
        private int next = -2;

        Parser(Reader in, String source) {
            this.in = in;
            this.source = source;
        }

        List<Record> records() {
            List<Record> records = new ArrayList<>();
            if (peek() == '\uFEFF') {
                read();
            }
            while (peek() >= 0) {
                int start = line;
                List<String> fields = record();
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(new Record(start, List.copyOf(fields)));
                }
            }
            return records;
        }

        private List<String> record() {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                int c = read();
                if (c < 0 || c == '\n') {
                    fields.add(quoted ? field.toString() : field.toString().trim());
                    return fields;
                }
                if (c == '\r') {
                    continue;
                }
                if (c == ';') {
                    fields.add(quoted ? field.toString() : field.toString().trim());
                    field.setLength(0);
                    quoted = false;
                } else if (c == '"' && field.toString().isBlank() && !quoted) {
                    field.setLength(0);
                    quoted = true;
                    quotedField(field);
                } else if (quoted) {
                    if (!Character.isWhitespace(c)) {
                        throw new ExportFormatException(source, line, "", "", "has text after a closing quote");
                    }
                } else {
                    field.append((char) c);
                }
            }
        }

        private void quotedField(StringBuilder field) {
            int start = line;
            while (true) {
                int c = read();
                if (c < 0) {
                    throw new ExportFormatException(source, start, "", "", "has a quote that is never closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        return;
                    }
                } else {
                    field.append((char) c);
                }
            }
        }

        private int peek() {
            if (next == -2) {
                next = readChar();
            }
            return next;
        }

        private int read() {
            int c = peek();
            next = -2;
            if (c == '\n') {
                line++;
            }
            return c;
        }

        private int readChar() {
            try {
                return in.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
