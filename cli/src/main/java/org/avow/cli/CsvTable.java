package org.avow.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table as deterministic CSV: the columns in schema order, every value formatted one fixed way
 * (numbers rounded to 9 decimals without exponent or trailing zeros, dates ISO, null empty), RFC
 * 4180 quoting, LF line ends, and the rows sorted by their text: the same rows give the same bytes.
 */
final class CsvTable {
    private CsvTable() {
    }

    static String write(List<String> columns, List<Map<String, Object>> rows) {
        List<String> lines = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) b.append(',');
                b.append(cell(r.get(columns.get(i))));
            }
            lines.add(b.toString());
        }
        lines.sort(null);
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(CsvTable::quote).toList())).append('\n');
        for (String l : lines) out.append(l).append('\n');
        return out.toString();
    }

    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return number(d);
        if (v instanceof Float f) return number(f.doubleValue());
        return quote(v.toString());
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        BigDecimal x = BigDecimal.valueOf(d).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return x.signum() == 0 ? "0" : x.toPlainString();
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
