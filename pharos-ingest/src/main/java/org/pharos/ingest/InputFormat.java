package org.pharos.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The formats ingestion understands, recognised by file extension or by sniffing the content. */
public enum InputFormat {
  TEXT,
  HTML,
  JSONL,
  FEED;

  private static final Set<String> UNSUPPORTED = Set.of(
      "pdf", "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "tif", "tiff", "svg", "zip", "gz", "tgz", "bz2",
      "xz", "7z", "rar", "tar", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "mp3", "mp4", "wav", "avi",
      "mov", "mkv", "exe", "dll", "so", "jar", "class", "bin", "dat", "db", "duckdb", "sqlite", "parquet");
  private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_MARK = Pattern.compile(
      "<(!doctype html|html|head|body|article|div|p|meta|title)[\\s>/]", Pattern.CASE_INSENSITIVE);

  /** The lower-case extension of a file name, or {@code ""}. */
  public static String extensionOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** True for extensions of files that are never documents (images, archives, office files, …). */
  public static boolean isUnsupportedExtension(String extension) {
    return UNSUPPORTED.contains(extension);
  }

  /** The format a file extension stands for, or empty when the content must be sniffed. */
  public static Optional<InputFormat> byExtension(String extension) {
    switch (extension) {
      case "txt": case "text": case "md":
        return Optional.of(TEXT);
      case "html": case "htm": case "xhtml": case "shtml":
        return Optional.of(HTML);
      case "jsonl": case "ndjson":
        return Optional.of(JSONL);
      case "xml": case "rss": case "atom": case "rdf":
        return Optional.of(FEED);
      default:
        return Optional.empty();
    }
  }

  /** The format a MIME content type stands for, or empty. */
  public static Optional<InputFormat> byContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String t = contentType.toLowerCase(Locale.ROOT);
    if (t.contains("rss") || t.contains("atom") || t.contains("xml") && !t.contains("xhtml")) {
      return Optional.of(FEED);
    }
    if (t.contains("html")) {
      return Optional.of(HTML);
    }
    if (t.contains("ndjson") || t.contains("jsonl") || t.contains("json-seq")) {
      return Optional.of(JSONL);
    }
    return t.startsWith("text/plain") ? Optional.of(TEXT) : Optional.empty();
  }

  /** Guesses the format from the start of the content. */
  public static InputFormat sniff(String content) {
    String head = content.substring(0, Math.min(content.length(), 2048)).stripLeading();
    if (head.startsWith("\ufeff")) {
      head = head.substring(1);
    }
    if ((head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf"))
        && FEED_ROOT.matcher(head).find()) {
      return FEED;
    }
    if (head.startsWith("{")) {
      int nl = head.indexOf('\n');
      String first = (nl < 0 ? head : head.substring(0, nl)).strip();
      if (first.endsWith("}")) {
        return JSONL;
      }
    }
    if (head.startsWith("<") && HTML_MARK.matcher(head).find()) {
      return HTML;
    }
    return TEXT;
  }
}
