package org.pharos.model.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated ontology resources: skips blanks and comments, keeps line numbers. */
final class TsvLines {
  private TsvLines() {}

  /** One non-blank, non-comment line split on tabs. */
  record Row(int line, String[] fields) {}

  static List<Row> read(InputStream in, String resource) {
    if (in == null) {
      throw new ResourceFormatException(resource, 0, "resource not found");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        String t = s.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] f = s.split("\t", -1);
        for (int i = 0; i < f.length; i++) {
          f[i] = f[i].strip();
        }
        rows.add(new Row(n, f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }

  static InputStream resource(String name) {
    return TsvLines.class.getResourceAsStream(name);
  }
}
