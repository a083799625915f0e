package org.avow.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads an output table with parquet-hadoop alone (no Spark session), as rows of column name to value. */
final class ParquetTable {
    private ParquetTable() {
    }

    static List<Map<String, Object>> read(Path table) {
        if (!Files.isDirectory(table)) throw new IllegalArgumentException("no table at " + table + " (run avow run first)");
        List<Path> parts;
        try (Stream<Path> s = Files.walk(table)) {
            parts = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Configuration conf = new Configuration();
        for (Path part : parts) {
            try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(),
                    new org.apache.hadoop.fs.Path(part.toUri())).withConf(conf).build()) {
                Map<String, Object> partition = partitionValues(table.relativize(part));
                Group g;
                while ((g = r.read()) != null) {
                    Map<String, Object> row = toMap(g);
                    row.putAll(partition);
                    rows.add(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + part, e);
            }
        }
        return rows;
    }

    /** Columns a partitioned table keeps in its folder names ({@code year=2025}), not in its files. */
    static Map<String, Object> partitionValues(Path relative) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String seg = relative.getName(i).toString();
            int eq = seg.indexOf('=');
            if (eq <= 0) continue;
            String v = seg.substring(eq + 1);
            m.put(seg.substring(0, eq), v.equals("__HIVE_DEFAULT_PARTITION__") ? null : v.matches("-?\\d{1,9}") ? (Object) Integer.valueOf(v) : v);
        }
        return m;
    }

    private static Map<String, Object> toMap(Group g) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Type> fields = g.getType().getFields();
        for (int i = 0; i < fields.size(); i++) {
            Type f = fields.get(i);
            if (g.getFieldRepetitionCount(i) == 0 || !f.isPrimitive()) {
                m.put(f.getName(), null);
                continue;
            }
            PrimitiveType p = f.asPrimitiveType();
            Object v = switch (p.getPrimitiveTypeName()) {
                case BINARY -> g.getString(i, 0);
                case INT32 -> p.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
                        ? LocalDate.ofEpochDay(g.getInteger(i, 0)) : (Object) g.getInteger(i, 0);
                case INT64 -> g.getLong(i, 0);
                case DOUBLE -> g.getDouble(i, 0);
                case FLOAT -> (double) g.getFloat(i, 0);
                case BOOLEAN -> g.getBoolean(i, 0);
                default -> g.getValueToString(i, 0);
            };
            m.put(f.getName(), v);
        }
        return m;
    }
}
