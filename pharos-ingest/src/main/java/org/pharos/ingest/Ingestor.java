package org.pharos.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pharos.model.Document;
import org.pharos.model.Hashing;

/**
 * Reads inputs — files, directories (recursive, sorted by name, hidden entries skipped), {@code -}
 * for stdin, and http(s) URLs of feeds — and streams {@link Document}s to a listener one at a time.
 * Every bad input becomes an {@link IngestProblem} naming the input; the batch always goes on.
 * Document ids are made unique within one {@link #read} call (a repeated id is renamed and a warning
 * says so).
 *
 * <pre>{@code
 * Ingestor ingestor = new Ingestor(IngestConfig.defaults());
 * int total = ingestor.countInputs(args);          // for a progress bar
 * ingestor.read(args, new IngestListener() {
 *   public void onDocument(Document d) { pipeline.process(d); }
 *   public void onProblem(IngestProblem p) { System.err.println(p); failed |= p.isError(); }
 * });
 * }</pre>
 *
 * <p>Thread-safe: concurrent {@link #read} calls are independent (each has its own id registry).
 */
public final class Ingestor {
  private final IngestConfig config;
  private final FeedFetcher fetcher;
  private final Supplier<InputStream> stdin;
  private final TextDocumentReader textReader;
  private final HtmlDocumentReader htmlReader;
  private final JsonlDocumentReader jsonlReader;
  private final FeedReader feedReader;

  /** An ingestor that fetches feeds over HTTP and reads {@code -} from {@link System#in}. */
  public Ingestor(IngestConfig config) {
    this(config, new HttpFeedFetcher(config.fetchTimeout()), () -> System.in);
  }

  /**
   * An ingestor with an injected feed fetcher and stdin (tests, caching fetchers).
   *
   * @param config settings
   * @param fetcher fetches feed URLs
   * @param stdin supplies the stream read for the input {@code -}
   */
  public Ingestor(IngestConfig config, FeedFetcher fetcher, Supplier<InputStream> stdin) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.textReader = new TextDocumentReader(config);
    this.htmlReader = new HtmlDocumentReader(config);
    this.jsonlReader = new JsonlDocumentReader(config);
    this.feedReader = new FeedReader(config);
  }

  /**
   * Reads all inputs in order, streaming documents and problems to the listener.
   *
   * @param inputs paths, directories, {@code -} and http(s) URLs
   * @param listener receives documents and problems
   */
  public void read(List<String> inputs, IngestListener listener) {
    UniqueIds sink = new UniqueIds(listener);
    for (String input : inputs) {
      try {
        readInput(input, sink);
      } catch (RuntimeException e) {
        sink.onProblem(IngestProblem.error(input, "internal error while reading (" + e + "), skipped"));
      }
    }
  }

  /**
   * Counts the inputs that {@link #read} would open (files found in directories, one per URL, stdin or
   * missing path), without reading them. Cheap: lists directories only.
   */
  public int countInputs(List<String> inputs) {
    int count = 0;
    for (String input : inputs) {
      if (input.equals("-") || isUrl(input)) {
        count++;
        continue;
      }
      Path p = Path.of(input);
      count += Files.isDirectory(p) ? countFiles(p) : 1;
    }
    return count;
  }

  private int countFiles(Path dir) {
    int n = 0;
    for (Path child : listSorted(dir).orElse(List.of())) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        n += countFiles(child);
      } else if (!Files.isDirectory(child)
          && !InputFormat.isUnsupportedExtension(InputFormat.extensionOf(child.getFileName().toString()))) {
        n++;
      }
    }
    return n;
  }

  private void readInput(String input, UniqueIds sink) {
    if (input.equals("-")) {
      readStdin(sink);
    } else if (isUrl(input)) {
      readUrl(input, sink);
    } else {
      Path p;
      try {
        p = Path.of(input);
      } catch (RuntimeException e) {
        sink.onProblem(IngestProblem.error(input, "not a valid path (" + e.getMessage() + "), skipped"));
        return;
      }
      if (!Files.exists(p)) {
        sink.onProblem(IngestProblem.error(input, "no such file or directory"));
      } else if (Files.isDirectory(p)) {
        walk(p, sink);
      } else {
        readFile(p, true, sink);
      }
    }
  }

  private static boolean isUrl(String input) {
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private void walk(Path dir, UniqueIds sink) {
    Optional<List<Path>> children = listSorted(dir);
    if (children.isEmpty()) {
      sink.onProblem(IngestProblem.error(dir.toString(), "cannot list directory, skipped"));
      return;
    }
    for (Path child : children.get()) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, sink);
      } else if (Files.isDirectory(child)) {
        sink.onProblem(IngestProblem.warning(child.toString(), "symbolic link to a directory not followed"));
      } else {
        readFile(child, false, sink);
      }
    }
  }

  private static Optional<List<Path>> listSorted(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return Optional.of(s.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .collect(Collectors.toList()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void readFile(Path path, boolean named, UniqueIds sink) {
    String origin = path.toString();
    String fileName = path.getFileName().toString();
    String ext = InputFormat.extensionOf(fileName);
    String stem = ext.isEmpty() ? fileName : fileName.substring(0, fileName.length() - ext.length() - 1);
    Path parent = path.toAbsolutePath().getParent();
    sink.parentName = parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    if (InputFormat.isUnsupportedExtension(ext)) {
      String reason = "unsupported file type '." + ext + "', skipped";
      sink.onProblem(named ? IngestProblem.error(origin, reason) : IngestProblem.warning(origin, reason));
      return;
    }
    if (!Files.isReadable(path)) {
      sink.onProblem(IngestProblem.error(origin, "not readable (permission denied), skipped"));
      return;
    }
    Optional<InputFormat> format = InputFormat.byExtension(ext);
    try {
      long size = Files.size(path);
      if (size == 0) {
        sink.onProblem(IngestProblem.error(origin, "empty file, skipped"));
        return;
      }
      if (format.orElse(null) == InputFormat.JSONL) {
        readJsonlFile(path, origin, stem, sink);
        return;
      }
      if (size > config.maxBytes()) {
        sink.onProblem(IngestProblem.error(origin, "file too large (" + size + " bytes, limit " + config.maxBytes()
            + "), skipped"));
        return;
      }
      byte[] bytes = Files.readAllBytes(path);
      readBytes(bytes, origin, stem, null, format, sink);
    } catch (NoSuchFileException e) {
      sink.onProblem(IngestProblem.error(origin, "no such file or directory"));
    } catch (AccessDeniedException e) {
      sink.onProblem(IngestProblem.error(origin, "not readable (permission denied), skipped"));
    } catch (IOException e) {
      sink.onProblem(IngestProblem.error(origin, "cannot read (" + e.getMessage() + "), skipped"));
    }
  }

  private void readJsonlFile(Path path, String origin, String stem, UniqueIds sink) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      in.mark(8192);
      byte[] head = in.readNBytes(8192);
      Optional<String> binary = TextDecoding.binaryReason(head, head.length);
      if (binary.isPresent()) {
        sink.onProblem(IngestProblem.error(origin, binary.get() + ", skipped"));
        return;
      }
      in.reset();
      jsonlReader.read(in, origin, stem, sink);
    }
  }

  private void readStdin(UniqueIds sink) {
    sink.parentName = null;
    byte[] bytes;
    try {
      InputStream in = stdin.get();
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
    } catch (IOException e) {
      sink.onProblem(IngestProblem.error("stdin", "cannot read (" + e.getMessage() + "), skipped"));
      return;
    }
    if (bytes.length > config.maxBytes()) {
      sink.onProblem(IngestProblem.error("stdin", "input too large (over " + config.maxBytes() + " bytes), skipped"));
      return;
    }
    if (bytes.length == 0) {
      sink.onProblem(IngestProblem.error("stdin", "empty input, skipped"));
      return;
    }
    readBytes(bytes, "stdin", "stdin", null, Optional.empty(), sink);
  }

  private void readUrl(String input, UniqueIds sink) {
    sink.parentName = null;
    URI uri;
    try {
      uri = new URI(input);
    } catch (URISyntaxException e) {
      sink.onProblem(IngestProblem.error(input, "not a valid URL (" + e.getReason() + "), skipped"));
      return;
    }
    FeedFetcher.Fetched fetched;
    try {
      fetched = fetcher.fetch(uri, config.maxBytes());
    } catch (FeedFetcher.FetchException e) {
      sink.onProblem(IngestProblem.error(input, "cannot fetch (" + e.getMessage() + "), skipped"));
      return;
    }
    if (fetched.body().length == 0) {
      sink.onProblem(IngestProblem.error(input, "empty response, skipped"));
      return;
    }
    readBytes(fetched.body(), input, Hashing.shortHash(12, input), fetched.uri().toString(),
        InputFormat.byContentType(fetched.contentType()), sink);
  }

  private void readBytes(byte[] bytes, String origin, String docId, String baseUri, Optional<InputFormat> hint,
      UniqueIds sink) {
    Optional<String> binary = TextDecoding.binaryReason(bytes, bytes.length);
    if (binary.isPresent()) {
      sink.onProblem(IngestProblem.error(origin, binary.get() + ", skipped"));
      return;
    }
    InputFormat format;
    String text = null;
    if (hint.orElse(null) == InputFormat.FEED) {
      format = InputFormat.FEED;
    } else {
      TextDecoding.Decoded decoded = TextDecoding.decode(bytes, 0, bytes.length);
      text = decoded.text();
      if (text.isBlank()) {
        sink.onProblem(IngestProblem.error(origin, "empty file (only whitespace), skipped"));
        return;
      }
      format = hint.orElseGet(() -> InputFormat.sniff(decoded.text()));
      if (decoded.warning() != null && format != InputFormat.JSONL) {
        sink.onProblem(IngestProblem.warning(origin, decoded.warning()));
      }
    }
    switch (format) {
      case FEED:
        feedReader.read(bytes, origin, sink);
        break;
      case JSONL:
        try {
          jsonlReader.read(new java.io.ByteArrayInputStream(bytes), origin, docId, sink);
        } catch (IOException e) {
          sink.onProblem(IngestProblem.error(origin, "cannot read (" + e.getMessage() + "), skipped"));
        }
        break;
      case HTML:
        htmlReader.read(text, baseUri, docId, origin, sink::onProblem).ifPresent(sink::onDocument);
        break;
      case TEXT:
      default:
        textReader.read(text, docId, origin, sink::onProblem).ifPresent(sink::onDocument);
        break;
    }
  }

  /** Passes documents on with ids made unique within the run. */
  private static final class UniqueIds implements IngestListener {
    private final IngestListener target;
    private final DocumentIdRegistry registry = new DocumentIdRegistry();
    String parentName;

    UniqueIds(IngestListener target) {
      this.target = target;
    }

    @Override
    public void onDocument(Document d) {
      DocumentIdRegistry.Claim claim = registry.claim(d.docId(), d.origin(), parentName);
      if (claim.note() == null) {
        target.onDocument(d);
        return;
      }
      target.onProblem(IngestProblem.warning(d.origin(), claim.note()));
      target.onDocument(new Document(claim.id(), d.title(), d.author(), d.outlet(), d.date(), d.dateSource(), d.url(),
          d.lang(), d.text(), d.references(), d.removed(), d.origin()));
    }

    @Override
    public void onProblem(IngestProblem problem) {
      target.onProblem(problem);
    }
  }
}
