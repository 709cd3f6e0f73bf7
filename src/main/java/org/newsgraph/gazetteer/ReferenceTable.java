package org.newsgraph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.NewsgraphException;

/**
 * A reference file with a header line, read whole: tab-separated, or comma-separated with
 * RFC 4180 quoting when the name ends in {@code .csv} (the world-leaders labels contain commas).
 */
final class ReferenceTable {

    /** One data row; {@code line} is 1-based in the file, for error messages. */
    record Row(String file, int line, Map<String, Integer> columns, List<String> cells) {

        /** The stripped cell of {@code column}, "" when empty; unknown columns are a programming error. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new NewsgraphException(file + ": no column '" + column + "'");
            }
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        String where() {
            return file + ":" + line;
        }

        /** A number, 0 when empty. */
        long number(String column) {
            String value = get(column);
            try {
                return value.isEmpty() ? 0 : Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new NewsgraphException(where() + ": " + column + " '" + value + "' is not a number");
            }
        }

        LocalDate date(String column) {
            return date(column, false);
        }

        /**
         * A day, or a year ("1999") or month ("1999-05") widened to its first day, or its last day when
         * {@code end} is true: a role held "until 1999" was held on 1999-12-31 as far as we know.
         */
        LocalDate date(String column, boolean end) {
            String value = get(column);
            try {
                if (value.matches("\\d{4}")) {
                    int year = Integer.parseInt(value);
                    return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
                }
                if (value.matches("\\d{4}-\\d{2}")) {
                    LocalDate first = LocalDate.parse(value + "-01");
                    return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
                }
                return value.isEmpty() ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new NewsgraphException(where() + ": " + column + " '" + value + "' is not a date");
            }
        }
    }

    private ReferenceTable() {
    }

    /** Reads {@code reference/relative}; rows name the file by its relative path. */
    static List<Row> read(Path reference, String relative) {
        Path file = reference.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new NewsgraphException(file + ": reference file missing");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, relative);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<Row> read(InputStream in, String name) throws IOException {
        boolean csv = name.endsWith(".csv");
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new NewsgraphException(name + ":1: empty file, expected a header line");
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = split(header.replace("\uFEFF", ""), csv, name, 1);
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).strip(), i);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    rows.add(new Row(name, number, columns, split(line, csv, name, number)));
                }
            }
        }
        return rows;
    }

    static List<String> split(String line, boolean csv, String file, int number) {
        if (!csv) {
            return List.of(line.split("\t", -1));
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new NewsgraphException(file + ":" + number + ": unterminated quoted field");
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The non-empty parts of a '|'-separated cell. */
    static List<String> pipe(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** Tab-separated, non-comment lines of a classpath resource, empty cells dropped. */
    static List<List<String>> classpathLines(String resource) {
        List<List<String>> lines = new ArrayList<>();
        try (InputStream in = ReferenceTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException(resource + ": not on the classpath (the CoreNLP models jar is missing)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t")) {
                    if (!cell.isBlank()) {
                        cells.add(cell.strip());
                    }
                }
                lines.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return lines;
    }
}
