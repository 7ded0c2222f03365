package org.pharos.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its records: stdout or a file ({@code --out}). Not thread-safe. */
final class Output implements AutoCloseable {
  private final Writer writer;
  private final boolean isFile;

  private Output(Writer writer, boolean isFile) {
    this.writer = writer;
    this.isFile = isFile;
  }

  /** Stdout when {@code path} is null or "-", else the file (parent directories created). */
  static Output open(Path path) {
    try {
      if (path == null || path.toString().equals("-")) {
        return new Output(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), false);
      }
      if (path.toAbsolutePath().getParent() != null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
      }
      return new Output(Files.newBufferedWriter(path, StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** Writes one JSON object as a line. */
  void jsonLine(Object value) {
    try {
      writer.write(Json.MAPPER.writeValueAsString(value));
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
  }

  /** Writes raw text. */
  void write(String text) {
    try {
      writer.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      if (isFile) {
        writer.close();
      } else {
        writer.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
  }
}
