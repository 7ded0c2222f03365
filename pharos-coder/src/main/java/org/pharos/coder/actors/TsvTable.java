package org.pharos.coder.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed knowledge-base TSV file: a {@code # version:} line, other {@code #} comment lines, one
 * header line and tab-separated rows. Checks the header and the column count of every row.
 */
final class TsvTable {
  /** One data row with its 1-based line number. */
  record Row(String source, int line, String[] cells) {
    String get(int i) {
      return cells[i].trim();
    }

    /** A ";"-separated list cell, blank items dropped. */
    List<String> list(int i) {
      List<String> out = new ArrayList<>();
      for (String s : cells[i].split(";")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return out;
    }

    ActorDictionaryException error(String reason) {
      return new ActorDictionaryException(source, line, reason);
    }
  }

  private final String source;
  private final String version;
  private final List<Row> rows;

  private TsvTable(String source, String version, List<Row> rows) {
    this.source = source;
    this.version = version;
    this.rows = List.copyOf(rows);
  }

  String source() {
    return source;
  }

  String version() {
    return version;
  }

  List<Row> rows() {
    return rows;
  }

  static TsvTable read(String source, Reader reader, List<String> header) {
    String version = null;
    boolean headerSeen = false;
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          String c = line.substring(1).trim();
          if (c.toLowerCase(java.util.Locale.ROOT).startsWith("version:")) {
            version = c.substring("version:".length()).trim();
          }
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (!headerSeen) {
          List<String> got = Arrays.stream(cells).map(String::trim).toList();
          if (!got.equals(header)) {
            throw new ActorDictionaryException(
                source, lineNo, "expected header " + String.join("<TAB>", header) + ", found " + String.join("<TAB>", got));
          }
          headerSeen = true;
          continue;
        }
        if (cells.length != header.size()) {
          throw new ActorDictionaryException(
              source, lineNo, "expected " + header.size() + " tab-separated columns, found " + cells.length);
        }
        rows.add(new Row(source, lineNo, cells));
      }
    } catch (IOException e) {
      throw new ActorDictionaryException(source, lineNo, "cannot read: " + e.getMessage(), e);
    }
    if (version == null) {
      throw new ActorDictionaryException(source, 0, "missing '# version:' line");
    }
    if (!headerSeen) {
      throw new ActorDictionaryException(source, 0, "missing header line");
    }
    return new TsvTable(source, version, rows);
  }
}
