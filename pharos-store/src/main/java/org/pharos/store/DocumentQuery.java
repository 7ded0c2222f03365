package org.pharos.store;

import java.util.Optional;

/**
 * Which documents to list (latest versions unless {@link #allVersions()}). Immutable and thread-safe;
 * build with {@link #builder()}.
 *
 * <pre>{@code
 * List<StoredDocument> docs = store.documents(DocumentQuery.builder().outlet("Reuters").limit(20).build());
 * }</pre>
 */
public final class DocumentQuery {
  private final String docId;
  private final String outlet;
  private final String url;
  private final boolean allVersions;
  private final int limit;
  private final long offset;

  private DocumentQuery(Builder b) {
    docId = b.docId;
    outlet = b.outlet;
    url = b.url;
    allVersions = b.allVersions;
    limit = b.limit;
    offset = b.offset;
  }

  /** Every latest document. */
  public static DocumentQuery all() {
    return builder().build();
  }

  /** A new builder with no criteria. */
  public static Builder builder() {
    return new Builder();
  }

  /** Only this document id. */
  public Optional<String> docId() {
    return Optional.ofNullable(docId);
  }

  /** Only this outlet (case-insensitive). */
  public Optional<String> outlet() {
    return Optional.ofNullable(outlet);
  }

  /** Only this exact URL. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** True to list older versions too. */
  public boolean allVersions() {
    return allVersions;
  }

  /** Maximum number of documents, 0 for no limit. */
  public int limit() {
    return limit;
  }

  /** Number of documents to skip (ordered by id, then version). */
  public long offset() {
    return offset;
  }

  /** Builds a {@link DocumentQuery}. Not thread-safe. */
  public static final class Builder {
    private String docId;
    private String outlet;
    private String url;
    private boolean allVersions;
    private int limit;
    private long offset;

    private Builder() {}

    /** Only this document id. */
    public Builder docId(String id) {
      docId = id;
      return this;
    }

    /** Only this outlet (case-insensitive). */
    public Builder outlet(String name) {
      outlet = name;
      return this;
    }

    /** Only this exact URL. */
    public Builder url(String u) {
      url = u;
      return this;
    }

    /** Include older versions. */
    public Builder allVersions(boolean all) {
      allVersions = all;
      return this;
    }

    /** Maximum number of documents, 0 for no limit. */
    public Builder limit(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("limit must not be negative: " + n);
      }
      limit = n;
      return this;
    }

    /** Number of documents to skip. */
    public Builder offset(long n) {
      if (n < 0) {
        throw new IllegalArgumentException("offset must not be negative: " + n);
      }
      offset = n;
      return this;
    }

    /** The query. */
    public DocumentQuery build() {
      return new DocumentQuery(this);
    }
  }
}
